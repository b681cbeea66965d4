import net from 'node:net'
import { domainToUnicode } from 'node:url'
import type { Target } from './artifacts.ts'
import { TargetError } from './errors.ts'

const MAX_INPUT_CHARS = 2048
const SCHEME = /^([a-z][a-z0-9+.-]*):(?!\d)/i

/**
 * Parses what a user typed into a Target: `example.com`, `https://example.com:8443/path`, IDNs
 * (kept as punycode), IPv6 literals. Refuses other schemes and credentials with a clear reason.
 * Address policy is applied separately (see checkTargetAddress in net/preflight.ts).
 */
export function parseTarget(input: string): Target {
  const text = input.trim()
  if (text === '')
    throw new TargetError('E_TARGET_EMPTY', 'No site given: pass a URL such as example.com')
  if (text.length > MAX_INPUT_CHARS)
    throw new TargetError(
      'E_TARGET_INVALID',
      `The URL is longer than ${MAX_INPUT_CHARS} characters`
    )
  // eslint-disable-next-line no-control-regex
  if (/[\s\u0000-\u001f\u007f]/.test(text))
    throw new TargetError('E_TARGET_INVALID', 'The URL contains spaces or control characters')
  const scheme = SCHEME.exec(text)?.[1]?.toLowerCase()
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') {
    throw new TargetError(
      'E_TARGET_SCHEME',
      `Only http:// and https:// sites can be scanned, not ${scheme}:`
    )
  }
  let url: URL
  try {
    url = new URL(scheme === undefined ? `https://${text}` : text)
  } catch (cause) {
    throw new TargetError(
      'E_TARGET_INVALID',
      `Not a valid web address: ${JSON.stringify(text.slice(0, 100))}`,
      { cause }
    )
  }
  if (url.username !== '' || url.password !== '') {
    throw new TargetError(
      'E_TARGET_CREDENTIALS',
      'The URL contains a user name or password; remove them (HarbourScan never sends credentials)'
    )
  }
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase()
  if (host === '') throw new TargetError('E_TARGET_INVALID', 'The URL has no host name')
  const isIpLiteral = net.isIP(host) !== 0
  if (!isIpLiteral) checkHostName(host)
  const unicode = isIpLiteral ? host : domainToUnicode(host)
  const defaultPort = url.protocol === 'https:' ? 443 : 80
  url.hash = ''
  return {
    input: text,
    url: url.href,
    scheme: url.protocol === 'https:' ? 'https' : 'http',
    host,
    ...(unicode !== host && unicode !== '' ? { hostUnicode: unicode } : {}),
    port: url.port === '' ? defaultPort : Number(url.port),
    explicitPort: url.port !== '',
    path: `${url.pathname}${url.search}`,
    isIpLiteral,
  }
}

function checkHostName(host: string): void {
  if (host.length > 253)
    throw new TargetError('E_TARGET_INVALID', 'The host name is longer than 253 characters')
  const labels = host.replace(/\.$/, '').split('.')
  if (labels.some((label) => label.length === 0 || label.length > 63)) {
    throw new TargetError('E_TARGET_INVALID', `Not a valid host name: ${host}`)
  }
  // WHATWG URL accepts "_" and other characters DNS host names cannot carry.
  if (!labels.every((label) => /^[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?$/.test(label))) {
    throw new TargetError('E_TARGET_INVALID', `Not a valid host name: ${host}`)
  }
}

/** "host:port:address" as curl's --resolve: scan a named host on a given address. */
export function parseResolveOption(value: string): [key: string, address: string] {
  const match = /^(\[[^\]]+\]|[^:]+):(\d{1,5}):(.+)$/.exec(value)
  const address = match?.[3]?.replace(/^\[|\]$/g, '')
  if (!match || address === undefined || net.isIP(address) === 0) {
    throw new TargetError(
      'E_USAGE',
      `--resolve expects host:port:address, got ${JSON.stringify(value)}`
    )
  }
  const host = match[1]!.replace(/^\[|\]$/g, '').toLowerCase()
  return [
    `${new URL(`http://${host.includes(':') ? `[${host}]` : host}`).hostname.replace(/^\[|\]$/g, '')}:${Number(match[2])}`,
    address,
  ]
}

/** The origin string for a target ("https://host:port" with the port only when not default). */
export function originOf(scheme: 'http' | 'https', host: string, port: number): string {
  const h = net.isIPv6(host) ? `[${host}]` : host
  const defaultPort = scheme === 'https' ? 443 : 80
  return port === defaultPort ? `${scheme}://${h}` : `${scheme}://${h}:${port}`
}
