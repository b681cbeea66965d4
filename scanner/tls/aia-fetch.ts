/**
 * Fetches a "CA Issuers" certificate (RFC 5280 §4.2.2.1) the way browsers and SSL Labs do, to tell
 * an incomplete chain (cap B) from an untrusted one (T). Plain http:// only (as AIA URLs are),
 * through the guarded connector, one request, 64 KB and 4 s at most. The shared HTTP client
 * decodes bodies as text, which would corrupt DER, hence this small byte-exact GET.
 */
import { X509Certificate } from 'node:crypto'
import type { AddressPolicy } from '../net/address-policy.ts'
import { connectTcp } from '../net/connect.ts'
import { HarbourScanError } from '../errors.ts'

const MAX_BYTES = 64 * 1024
const TIMEOUT_MS = 4_000

export async function fetchIssuer(
  url: string,
  policy: AddressPolicy,
  signal: AbortSignal
): Promise<X509Certificate> {
  const u = new URL(url)
  if (u.protocol !== 'http:') throw new HarbourScanError('E_AIA', `Not an http:// AIA URL: ${url}`)
  const port = u.port === '' ? 80 : Number(u.port)
  const host = u.hostname.replace(/^\[|\]$/g, '')
  const socket = await connectTcp({ host, port, policy, timeoutMs: TIMEOUT_MS, signal })
  const body = await new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const timer = setTimeout(() => socket.destroy(new Error('AIA fetch timed out')), TIMEOUT_MS)
    socket.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BYTES) socket.destroy(new Error('AIA response over 64 KB'))
      else chunks.push(chunk)
    })
    socket.on('error', (e) => (clearTimeout(timer), reject(e)))
    socket.on('end', () => (clearTimeout(timer), resolve(Buffer.concat(chunks))))
    socket.end(
      `GET ${u.pathname}${u.search} HTTP/1.0\r\nHost: ${u.host}\r\nUser-Agent: HarbourScan\r\nAccept: */*\r\n\r\n`
    )
  }).finally(() => socket.destroy())
  const split = body.indexOf('\r\n\r\n')
  const status = /^HTTP\/1\.[01] (\d{3})/.exec(body.subarray(0, 20).toString('latin1'))?.[1]
  if (split === -1 || status !== '200')
    throw new HarbourScanError('E_AIA', `CA Issuers URL answered ${status ?? 'garbage'}: ${url}`)
  return new X509Certificate(body.subarray(split + 4))
}
