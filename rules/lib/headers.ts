import type { HttpExchange } from '../../scanner/artifacts.ts'

/** All values of a header (names are stored lower-cased), in arrival order. */
export function headerValues(exchange: HttpExchange, name: string): string[] {
  const wanted = name.toLowerCase()
  return exchange.headers.filter(([n]) => n === wanted).map(([, v]) => v)
}

/** The first value of a header, as browsers use for most security headers. */
export function firstHeader(exchange: HttpExchange, name: string): string | undefined {
  return headerValues(exchange, name)[0]
}

export function isRedirect(status: number): boolean {
  return status === 301 || status === 302 || status === 303 || status === 307 || status === 308
}
