import net from 'node:net'
import tls from 'node:tls'
import { BlockedDestinationError, HarbourScanError } from '../errors.ts'
import { isAllowedAddress, type AddressPolicy } from './address-policy.ts'
import { resolveGuarded } from './resolve.ts'
import { withSharedContext } from './secure-context.ts'

export interface GuardedConnectOptions {
  host: string
  port: number
  policy: AddressPolicy
  /** Whole connect (+ TLS handshake) deadline. */
  timeoutMs: number
  signal?: AbortSignal
}

/**
 * Opens a TCP socket to a policy-checked address. Resolution happens once, here; the socket
 * connects to that IP, and the connected address is checked again as a backstop.
 */
export async function connectTcp(o: GuardedConnectOptions): Promise<net.Socket> {
  const [first] = await resolveGuarded(o.host, o.port, o.policy)
  return settle(o, net.connect({ host: first!.address, port: o.port }), 'connect')
}

/**
 * Opens a TLS connection to a policy-checked address with the caller's TLS options. The handshake
 * has its own deadline (tls.connect has none: a silent peer would hang forever). SNI is the target
 * name, never an IP (RFC 6066), also when connecting to a pinned address.
 */
export async function connectTls(
  o: GuardedConnectOptions & {
    tls: tls.ConnectionOptions
    onSocket?: (socket: tls.TLSSocket) => void
  }
): Promise<tls.TLSSocket> {
  const [first] = await resolveGuarded(o.host, o.port, o.policy)
  const servername = net.isIP(o.host) === 0 ? o.host : undefined
  const socket = tls.connect({
    rejectUnauthorized: false,
    ...withSharedContext(o.tls),
    host: first!.address,
    port: o.port,
    ...(servername ? { servername } : {}),
  })
  o.onSocket?.(socket)
  return settle(o, socket, 'secureConnect')
}

function settle<S extends net.Socket>(
  o: GuardedConnectOptions,
  socket: S,
  readyEvent: string
): Promise<S> {
  return new Promise((resolve, reject) => {
    const fail = (error: Error) => {
      cleanup()
      socket.destroy()
      reject(error)
    }
    const onAbort = () =>
      fail(new HarbourScanError('E_ABORTED', 'The scan was cancelled or ran out of time'))
    const timer = setTimeout(
      () =>
        fail(
          new HarbourScanError(
            'E_TIMEOUT',
            `No ${readyEvent === 'connect' ? 'connection' : 'TLS handshake'} with ${o.host}:${o.port} within ${o.timeoutMs} ms`
          )
        ),
      o.timeoutMs
    )
    const onReady = () => {
      cleanup()
      const remote = socket.remoteAddress ?? ''
      if (!isAllowedAddress(remote, o.policy)) {
        socket.destroy()
        reject(new BlockedDestinationError(`Connected to a blocked address ${remote}`))
        return
      }
      resolve(socket)
    }
    const cleanup = () => {
      clearTimeout(timer)
      socket.off('error', fail)
      socket.off(readyEvent, onReady)
      o.signal?.removeEventListener('abort', onAbort)
    }
    if (o.signal?.aborted) return onAbort()
    o.signal?.addEventListener('abort', onAbort, { once: true })
    socket.once('error', fail)
    socket.once(readyEvent, onReady)
  })
}
