import { describe, expect, it } from 'vitest'
import { escapeHtml, link, safeHref } from '../../reports/html/escape.ts'
import { REPORT_CSP } from '../../reports/html/layout.ts'
import { scanReportHtml } from '../../reports/html/report.ts'
import { findRule } from '../../rules/registry.ts'
import type { ScanResult } from '../../rules/types.ts'
import { cleanResult } from '../fixtures/results/clean.ts'
import { errorsResult } from '../fixtures/results/errors.ts'
import { PAYLOAD } from '../fixtures/results/payloads.ts'
import { fixtureMeta } from '../fixtures/results/rule-meta.ts'
import { weakResult } from '../fixtures/results/weak.ts'
import { inspectHtml } from './html-inspect.ts'

const render = (r: ScanResult) => scanReportHtml(r, { ruleMeta: fixtureMeta })

/** A weak result with hostile strings also where links are rendered. */
function hostile(): ScanResult {
  const r = structuredClone(weakResult)
  r.target.url = PAYLOAD.jsUrl
  r.target.host = PAYLOAD.attribute
  r.scannerVersion = PAYLOAD.script
  r.grades.overall.letter = PAYLOAD.attribute
  r.rules[0]!.title = PAYLOAD.script
  r.rules[0]!.ruleId = PAYLOAD.attribute
  r.rules[0]!.findings[0]!.severity = PAYLOAD.attribute as 'high'
  // Unvalidated input (render() is also called without the schema): numbers may be strings.
  r.grades.web.score = PAYLOAD.attribute as unknown as number
  r.categories[0]!.passed = PAYLOAD.attribute as unknown as number
  r.categories[0]!.id = PAYLOAD.attribute as 'tls'
  return r
}

function expectInert(html: string): void {
  const parsed = inspectHtml(html)
  expect(parsed.tags).not.toContain('script')
  expect(parsed.tags).not.toContain('img')
  expect(parsed.tags).not.toContain('iframe')
  expect(parsed.tags).not.toContain('link')
  for (const { tag, name, value } of parsed.attributes) {
    expect(name, `<${tag} ${name}>`).not.toMatch(/^on/)
    expect(name, `<${tag} ${name}>`).not.toBe('src')
    if (name === 'href') expect(value, 'href').toMatch(/^(https?:\/\/|#[a-z]-\d+$)/)
  }
  expect(html).not.toMatch(/<script/i)
  expect(html).not.toMatch(/href="javascript:/i)
  expect(html).not.toMatch(/@import|url\(/i)
}

describe('escapeHtml and safeHref', () => {
  it('escapes markup and quotes', () => {
    expect(escapeHtml(`<a href='x' title="y">&\``)).toBe(
      '&lt;a href=&#39;x&#39; title=&quot;y&quot;&gt;&amp;&#96;'
    )
    expect(escapeHtml('a\u0000b')).toBe('a\ufffdb')
    expect(escapeHtml(undefined)).toBe('')
  })

  it('allows only http and https links', () => {
    expect(safeHref('https://example.com/a?b=1')).toBe('https://example.com/a?b=1')
    expect(safeHref('HTTP://EXAMPLE.com')).toBe('http://example.com/')
    for (const bad of [
      PAYLOAD.jsUrl,
      ' javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,x',
      'file:///etc/passwd',
      'vbscript:x',
      '//evil.test',
      'not a url',
    ]) {
      expect(safeHref(bad), bad).toBeUndefined()
    }
    expect(link(PAYLOAD.jsUrl)).toBe('<span class="url">javascript:alert(1)</span>')
    expect(link('https://e.test/"><b>')).toContain('href="https://e.test/%22%3E%3Cb%3E"')
  })
})

describe('scan report HTML', () => {
  it('is standalone: strict CSP, no scripts, no external requests', () => {
    for (const r of [cleanResult, weakResult, errorsResult]) {
      const html = render(r)
      expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`)
      expect(REPORT_CSP).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:")
      expectInert(html)
    }
  })

  it('shows every hostile string as text, never as markup', () => {
    const html = render(hostile())
    expectInert(html)
    const { text } = inspectHtml(html)
    expect(text).toContain(PAYLOAD.script)
    expect(text).toContain(PAYLOAD.attribute)
    expect(text).toContain(PAYLOAD.jsUrl)
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;')
  })

  it('explains the grades, the top problems, fixes and evidence', () => {
    const html = render(weakResult)
    const { text } = inspectHtml(html)
    expect(text).toContain('Trust problem: certificate-expired.')
    expect(text).toContain('What to do first')
    expect(text).toContain('Renew the certificate and install the new one')
    expect(html).toMatch(/<pre>server \{\n {2}listen 80;/)
    expect(text).toContain('<rule name="HTTPS" stopProcessing="true">')
    expect(text).toContain('Appendix A: evidence')
    expect(html).toContain('id="e-1"')
    expect(text).toContain('HarbourScan 0.1.0')
    // Severity groups appear worst first.
    const order = ['Critical (1)', 'High (1)', 'Medium (1)', 'Low (1)', 'Information (1)'].map(
      (h) => text.indexOf(h)
    )
    expect(order.every((pos, i) => pos > 0 && (i === 0 || pos > order[i - 1]!))).toBe(true)
  })

  it('warns when the vulnerability data was over 30 days old at scan time', () => {
    expect(inspectHtml(render(weakResult)).text).toContain('more than 30 days old')
    expect(inspectHtml(render(cleanResult)).text).not.toContain('more than 30 days old')
  })

  it('says which checks could not run', () => {
    const { text } = inspectHtml(render(errorsResult))
    expect(text).toContain('1 of 2 checks could not run')
    expect(text).toContain('E_TIMEOUT')
  })

  it('links a long target URL in full, shortening only the text shown', () => {
    const r = structuredClone(cleanResult)
    r.target.url = `https://shop.example/${'a'.repeat(900)}`
    const html = render(r)
    expect(html).toContain(`href="${r.target.url}"`)
    expect(html).toContain('… (421 more characters)</a>')
  })

  it('caps a hostile number of findings', () => {
    const r = structuredClone(weakResult)
    const rule = r.rules[4]!
    const one = rule.findings[0]!
    rule.findings = Array.from({ length: 5000 }, (_, i) => ({
      ...one,
      fingerprint: i.toString(16).padStart(32, '0'),
    }))
    const html = render(r)
    expect(html).toContain('…and 4950 more')
    expect(html.length).toBeLessThan(500_000)
  })

  it('uses the rule registry by default, so new rules show their words without changes here', () => {
    const html = scanReportHtml(errorsResult)
    const meta = findRule('hsts-missing')!.meta
    expect(html).toContain(escapeHtml(meta.description))
    expect(html).toContain(escapeHtml(meta.remediation))
  })
})
