/** A one-line progress bar on a TTY stderr; silent elsewhere (logs and pipes stay clean). */
export function progressBar(stream: NodeJS.WriteStream, color: boolean) {
  const enabled = stream.isTTY === true
  let lastDraw = 0
  return {
    update(done: number, total: number, failed: number, force = false) {
      if (!enabled) return
      const now = Date.now()
      if (!force && now - lastDraw < 100) return
      lastDraw = now
      const width = 30
      const filled = total === 0 ? width : Math.round((done / total) * width)
      const bar = '█'.repeat(filled) + '░'.repeat(width - filled)
      const failedText =
        failed > 0 ? ` ${color ? '\u001b[31m' : ''}${failed} failed${color ? '\u001b[0m' : ''}` : ''
      stream.write(`\r${bar} ${done}/${total}${failedText}  `)
    },
    finish() {
      if (enabled) stream.write('\n')
    },
  }
}
