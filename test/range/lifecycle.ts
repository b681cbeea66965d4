/** Listening on loopback and closing without hanging: shared by the sites and hostile servers. */
import type { AddressInfo, Server, Socket } from 'node:net'

export const LOOPBACK = '127.0.0.1'

export interface Closable {
  port: number
  close(): Promise<void>
}

/**
 * Listens on 127.0.0.1 with an ephemeral port. close() destroys every open socket first, so a
 * keep-alive client or a hostile half-open connection can never keep a test waiting.
 */
export async function listenLoopback(server: Server): Promise<Closable> {
  const sockets = new Set<Socket>()
  server.on('connection', (socket: Socket) => {
    sockets.add(socket)
    socket.once('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, LOOPBACK, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const { port } = server.address() as AddressInfo
  let closing: Promise<void> | undefined
  return {
    port,
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve())
        for (const socket of sockets) socket.destroy()
      })
      return closing
    },
  }
}
