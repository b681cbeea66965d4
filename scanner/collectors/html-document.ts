import { parseHtmlFactsIsolated } from '../html/parse-isolated.ts'
import { Skip, type Collector } from './types.ts'

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml'])

/** Charset as declared (header first, then <meta charset>), for the record only. */
function declaredCharset(contentType: string, body: string): string | undefined {
  return (
    /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1] ??
    /<meta[^>]{0,200}charset\s*=\s*["']?([\w.:-]+)/i.exec(body.slice(0, 2048))?.[1]
  )?.toLowerCase()
}

/** Facts from the main page's HTML. The body was already capped and decoded by its charset. */
export const htmlDocumentCollector: Collector<'HtmlDocument'> = {
  name: 'HtmlDocument',
  timeoutMs: 10_000,
  async collect(ctx) {
    const page = await ctx.get('MainResponse')
    const contentType = page.contentType ?? ''
    const mime = contentType.split(';')[0]?.trim().toLowerCase() ?? ''
    if (!HTML_TYPES.has(mime)) {
      return new Skip(
        `The main page is not HTML (Content-Type: ${contentType.slice(0, 100) || 'none'})`
      )
    }
    if (page.body === undefined) return new Skip('The main page had no body')
    const charset = declaredCharset(contentType, page.body)
    return parseHtmlFactsIsolated(page.body, page.url, {
      ...(charset ? { charset } : {}),
      ...(page.bodyTruncated ? { bodyTruncated: true } : {}),
    })
  },
}
