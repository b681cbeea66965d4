import type { Artifacts, HtmlFacts, HttpExchange } from '../../scanner/artifacts.ts'

/**
 * Optional artifacts: a rule that can use the HTML facts but does not need them reads them here
 * (the engine passes every collected value; only required ones are typed).
 */
export function optionalHtml(a: object): HtmlFacts | undefined {
  return (a as Partial<Artifacts>).HtmlDocument
}

export const isHttps = (e: HttpExchange) => e.url.startsWith('https:')

export function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin
  } catch {
    return undefined
  }
}

export const ev = (label: string, value: string) => ({ label, value })
