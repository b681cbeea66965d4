import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Authentication required',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  413: 'Payload too large',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  429: 'Too many requests',
  500: 'Internal server error',
  501: 'Not implemented',
  503: 'Service unavailable',
}

/** RFC 9457 problem details: {type, title, status, detail, code}. */
export function problemBody(status: number, code: string, detail: string) {
  return {
    type: `https://harbourscan.dev/problems/${code.toLowerCase().replace(/^e_/, '').replaceAll('_', '-')}`,
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    code,
  }
}

export function problem(
  c: Context,
  status: ContentfulStatusCode,
  code: string,
  detail: string,
  headers: Record<string, string> = {}
): Response {
  return c.body(JSON.stringify(problemBody(status, code, detail)), status, {
    'content-type': 'application/problem+json',
    ...headers,
  })
}

/** Thrown by handlers; turned into a problem response by app.onError. */
export class HttpProblem extends Error {
  readonly status: ContentfulStatusCode
  readonly code: string
  constructor(status: ContentfulStatusCode, code: string, detail: string) {
    super(detail)
    this.status = status
    this.code = code
  }
}
