import { describe, expect, it } from 'vitest'
import { BLOCKED_HREF, safeHref } from '../../web/safe-href.ts'

describe('safeHref', () => {
  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox(1)',
    'blob:https://example.com/uuid',
    'file:///etc/passwd',
    'ftp://example.com/',
    'mailto:someone@example.com',
    'https://user:pass@example.com/',
    'http://[bad',
    '',
  ])('refuses %j', (input) => {
    expect(safeHref(input)).toBe(BLOCKED_HREF)
  })

  it('refuses non-strings', () => {
    expect(safeHref(undefined)).toBe(BLOCKED_HREF)
    expect(safeHref(null)).toBe(BLOCKED_HREF)
    expect(safeHref({ toString: () => 'https://example.com/' })).toBe(BLOCKED_HREF)
  })

  it('refuses overlong input', () => {
    expect(safeHref(`https://example.com/${'a'.repeat(5000)}`)).toBe(BLOCKED_HREF)
  })

  it('keeps http and https URLs, normalised', () => {
    expect(safeHref('https://example.com.hk/a?b=1#c')).toBe('https://example.com.hk/a?b=1#c')
    expect(safeHref('HTTP://Example.COM')).toBe('http://example.com/')
  })

  it('keeps same-origin paths and hash routes as given', () => {
    expect(safeHref('/api/scans/1/report?format=pdf')).toBe('/api/scans/1/report?format=pdf')
    expect(safeHref('#/scan/abc')).toBe('#/scan/abc')
  })
})
