import { EventEmitter } from 'node:events'
import type { ScanStatus } from '../store/types.ts'

export type ScanEvent =
  | { type: 'progress'; collector: string; outcome: string; done: number; total: number }
  | { type: 'status'; status: ScanStatus }

/**
 * In-process notifications for SSE: scan progress and status changes. Workers in other processes
 * (harbourscan worker) are seen through the store, which the SSE handlers also poll.
 */
export class EventBus {
  readonly #emitter = new EventEmitter()
  constructor() {
    this.#emitter.setMaxListeners(0)
  }
  scan(scanId: string, batchId: string | undefined, event: ScanEvent): void {
    this.#emitter.emit(`scan:${scanId}`, event)
    if (batchId !== undefined && event.type === 'status') this.#emitter.emit(`batch:${batchId}`)
  }
  batchChanged(batchId: string): void {
    this.#emitter.emit(`batch:${batchId}`)
  }
  onScan(scanId: string, listener: (event: ScanEvent) => void): () => void {
    this.#emitter.on(`scan:${scanId}`, listener)
    return () => this.#emitter.off(`scan:${scanId}`, listener)
  }
  onBatch(batchId: string, listener: () => void): () => void {
    this.#emitter.on(`batch:${batchId}`, listener)
    return () => this.#emitter.off(`batch:${batchId}`, listener)
  }
}
