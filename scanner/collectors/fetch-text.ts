import type { FetchedTextFacts } from '../artifacts.ts'
import { toCollectorError } from '../errors.ts'
import type { CollectorContext } from './types.ts'

const MAX_TEXT_CHARS = 64 * 1024

/** One GET of a small text file; a failure is recorded, not thrown (absence is a finding). */
export async function fetchText(ctx: CollectorContext, url: string): Promise<FetchedTextFacts> {
  try {
    const ex = await ctx.http.fetch(url, {
      signal: ctx.signal,
      deadlineMs: 10_000,
      headers: { accept: 'text/plain,*/*;q=0.8' },
    })
    const facts: FetchedTextFacts = { url, status: ex.status }
    if (ex.contentType) facts.contentType = ex.contentType.slice(0, 200)
    const location = ex.headers.find(([n]) => n === 'location')?.[1]
    if (location !== undefined) facts.location = location.slice(0, 2048)
    if (ex.body !== undefined) {
      facts.body = ex.body.slice(0, MAX_TEXT_CHARS)
      if (ex.body.length > MAX_TEXT_CHARS || ex.bodyTruncated) facts.bodyTruncated = true
    }
    return facts
  } catch (error) {
    return { url, status: 0, error: toCollectorError(error).code }
  }
}
