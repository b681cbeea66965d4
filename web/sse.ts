/**
 * Server-sent events over fetch (EventSource cannot send an Authorization header). Parses the
 * text/event-stream format: `event:` and `data:` lines, dispatched on a blank line. Bounded: an
 * event larger than MAX_EVENT_CHARS is dropped.
 */
export const MAX_EVENT_CHARS = 64 * 1024

export interface SseEvent {
  event: string
  data: string
}

/** Incremental parser: feed text chunks, get complete events back. */
export class SseParser {
  declare private buffer: string
  declare private event: string
  declare private data: string[]

  constructor() {
    this.buffer = ''
    this.event = ''
    this.data = []
  }

  feed(chunk: string): SseEvent[] {
    this.buffer += chunk
    const out: SseEvent[] = []
    let newline: number
    while ((newline = this.buffer.search(/\r\n|\r|\n/)) !== -1) {
      const line = this.buffer.slice(0, newline)
      const width = this.buffer.startsWith('\r\n', newline) ? 2 : 1
      this.buffer = this.buffer.slice(newline + width)
      this.line(line, out)
    }
    if (this.buffer.length > MAX_EVENT_CHARS) this.reset()
    return out
  }

  private line(line: string, out: SseEvent[]): void {
    if (line === '') {
      if (this.data.length > 0)
        out.push({ event: this.event || 'message', data: this.data.join('\n') })
      this.event = ''
      this.data = []
      return
    }
    if (line.startsWith(':')) return
    const colon = line.indexOf(':')
    const field = colon === -1 ? line : line.slice(0, colon)
    const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '')
    if (field === 'event') this.event = value
    else if (field === 'data') {
      this.data.push(value)
      if (this.data.join('\n').length > MAX_EVENT_CHARS) this.reset()
    }
  }

  private reset(): void {
    this.buffer = ''
    this.event = ''
    this.data = []
  }
}
