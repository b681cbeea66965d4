import { parse } from 'tldts'
import { HarbourScanError } from '../errors.ts'

/**
 * The queue's politeness group: the registrable domain (so www.a.com and shop.a.com share one
 * budget), or the host itself for IP literals and names without a public suffix.
 */
export function groupKeyFor(host: string): string {
  const info = parse(host, { allowPrivateDomains: false })
  return info.isIp ? host : (info.domain ?? host)
}

/**
 * At most `perIp` concurrent scans per resolved address (association batches put hundreds of
 * members on one shared-hosting IP). In-process; waiting is bounded by the scan's own signal.
 */
export class IpLimiter {
  readonly perIp: number
  readonly #active = new Map<string, number>()
  readonly #waiters = new Map<string, (() => void)[]>()

  constructor(perIp: number) {
    this.perIp = perIp
  }

  async acquire(ip: string, signal?: AbortSignal): Promise<() => void> {
    while ((this.#active.get(ip) ?? 0) >= this.perIp && !signal?.aborted) {
      await new Promise<void>((resolve) => {
        const list = this.#waiters.get(ip) ?? []
        const onAbort = () => {
          // A waiter that gives up leaves the queue, so a later release wakes a live one.
          const at = list.indexOf(wake)
          if (at >= 0) list.splice(at, 1)
          if (list.length === 0 && this.#waiters.get(ip) === list) this.#waiters.delete(ip)
          resolve()
        }
        const wake = () => {
          signal?.removeEventListener('abort', onAbort)
          resolve()
        }
        list.push(wake)
        this.#waiters.set(ip, list)
        signal?.addEventListener('abort', onAbort, { once: true })
      })
    }
    if (signal?.aborted) {
      this.#wakeNext(ip) // a wake-up this waiter may have taken goes to the next one
      throw new HarbourScanError('E_ABORTED', 'Cancelled while waiting')
    }
    this.#active.set(ip, (this.#active.get(ip) ?? 0) + 1)
    let released = false
    return () => {
      if (released) return
      released = true
      const left = (this.#active.get(ip) ?? 1) - 1
      if (left === 0) this.#active.delete(ip)
      else this.#active.set(ip, left)
      this.#wakeNext(ip)
    }
  }

  #wakeNext(ip: string): void {
    if ((this.#active.get(ip) ?? 0) >= this.perIp) return
    const list = this.#waiters.get(ip)
    const next = list?.shift()
    if (list?.length === 0) this.#waiters.delete(ip)
    next?.()
  }

  active(ip: string): number {
    return this.#active.get(ip) ?? 0
  }
}
