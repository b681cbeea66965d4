import { describe, expect, it } from 'vitest'
import { href, parseRoute } from '../../web/router.ts'

describe('hash routes', () => {
  it('round-trips every view', () => {
    expect(parseRoute(href.home())).toEqual({ view: 'home' })
    expect(parseRoute(href.scan('a/b c'))).toEqual({ view: 'scan', id: 'a/b c' })
    expect(parseRoute(href.checklist())).toEqual({ view: 'checklist' })
    expect(parseRoute(href.batches())).toEqual({ view: 'batches' })
    expect(parseRoute(href.batch('b1'))).toEqual({ view: 'batch', id: 'b1' })
    expect(parseRoute(href.history('example.com'))).toEqual({
      view: 'history',
      target: 'example.com',
    })
    expect(parseRoute(href.diff('x', 'y'))).toEqual({ view: 'diff', from: 'x', to: 'y' })
    expect(parseRoute(href.evidence('e'))).toEqual({ view: 'evidence', id: 'e' })
    expect(parseRoute(href.token())).toEqual({ view: 'token' })
  })

  it('treats unknown and malformed routes safely', () => {
    expect(parseRoute('#/nope')).toEqual({ view: 'not-found' })
    expect(parseRoute('#/scan/%E0%A4%A')).toEqual({ view: 'scan', id: '%E0%A4%A' })
    expect(parseRoute('')).toEqual({ view: 'home' })
  })
})
