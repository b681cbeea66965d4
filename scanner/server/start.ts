import { serve } from '@hono/node-server'
import { createApp } from './app.ts'

export interface StartedServer {
  url: string
  close(): Promise<void>
}

export async function startServer(options: { host: string; port: number }): Promise<StartedServer> {
  const app = createApp()
  return new Promise((resolve) => {
    const server = serve(
      { fetch: app.fetch, hostname: options.host, port: options.port },
      (info) => {
        const host = info.family === 'IPv6' ? `[${info.address}]` : info.address
        resolve({
          url: `http://${host}:${info.port}/`,
          close: () => new Promise<void>((done) => server.close(() => done())),
        })
      }
    )
  })
}
