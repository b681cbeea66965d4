import type { Context } from 'hono'
import { streamSSE } from 'hono/streaming'

export interface SseSource<E> {
  /** Subscribes to in-process pushes (no event = "changed, poll me"); returns unsubscribe. */
  subscribe(push: (event?: E) => void): () => void
  /** Reads the current state (workers may run in other processes). */
  poll(): Promise<E[]>
  /** True once the stream has sent its final event. */
  finished(): boolean
}

/**
 * A bounded SSE stream: pushes as they happen, a poll every `pollMs` for other processes,
 * closed after `maxMs` (the client reconnects) or once finished.
 */
export function sseStream<E extends { event: string; data: unknown }>(
  c: Context,
  source: SseSource<E>,
  o: { pollMs: number; maxMs: number }
): Response {
  return streamSSE(c, async (stream) => {
    const pending: E[] = []
    let wake: (() => void) | undefined
    const unsubscribe = source.subscribe((event) => {
      if (event) pending.push(event)
      wake?.()
    })
    const until = Date.now() + o.maxMs
    stream.onAbort(() => wake?.())
    try {
      pending.push(...(await source.poll()))
      while (!stream.aborted && !stream.closed && Date.now() < until) {
        while (pending.length > 0) {
          const e = pending.shift()!
          await stream.writeSSE({ event: e.event, data: JSON.stringify(e.data) })
        }
        if (source.finished()) break
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, o.pollMs)
          wake = () => {
            clearTimeout(timer)
            resolve()
          }
        })
        wake = undefined
        if (pending.length === 0) pending.push(...(await source.poll()))
      }
    } finally {
      unsubscribe()
    }
  })
}
