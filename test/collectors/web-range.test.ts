/**
 * Integration: collect() + evaluate() against the web range. Every planted problem fails its rule,
 * every other web rule does not fail, and the clean site passes everything.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { scan } from '../../scanner/scan.ts'
import type { RuleResult } from '../../rules/types.ts'
import { createTestPki } from '../range/pki.ts'
import { WEB_PRESETS } from '../range/web-presets.ts'
import { startWebSites, type WebRange } from '../range/web-sites.ts'
import { contentRules } from '../../rules/content/index.ts'
import { cookiesRules } from '../../rules/cookies/index.ts'
import { disclosureRules } from '../../rules/disclosure/index.ts'
import { headersRules } from '../../rules/headers/index.ts'
import { transportRules } from '../../rules/transport/index.ts'

const WEB_RULES = new Set(
  [...contentRules, ...cookiesRules, ...disclosureRules, ...headersRules, ...transportRules].map(
    (r) => r.meta.id
  )
)
/** The rule ids issue 4 fixes; other issues' rules in the same folders are not judged here. */
const ISSUE_4_RULES = [
  'https-redirect-missing',
  'https-redirect-insecure-hop',
  'hsts-missing',
  'hsts-short-max-age',
  'hsts-preload-ready',
  'csp-missing',
  'csp-unsafe-inline',
  'csp-unsafe-eval',
  'csp-broad-sources',
  'csp-report-only',
  'csp-invalid',
  'x-frame-options-missing',
  'x-content-type-options-missing',
  'referrer-policy-unsafe',
  'permissions-policy-missing',
  'cookie-secure-missing',
  'cookie-httponly-missing',
  'cookie-samesite-missing',
  'cors-origin-reflected-with-credentials',
  'cors-wildcard',
  'sri-missing',
  'script-loaded-over-http',
  'mixed-content',
  'form-action-insecure',
  'corp-coop-coep',
  'server-version-disclosed',
  'security-txt-missing',
  'security-txt-invalid',
]
const OURS = new Set(ISSUE_4_RULES)

let range: WebRange
let caFile: string
beforeAll(async () => {
  const pki = await createTestPki()
  caFile = pki.caFile
  range = await startWebSites(WEB_PRESETS, { pki })
}, 60_000)
afterAll(() => range?.close())

async function results(name: string): Promise<RuleResult[]> {
  const site = range.site(name)
  const inputs = [...new Set([site.scanInput, site.httpInput])]
  const scans = await Promise.all(
    inputs.map((i) => scan(i, { allowPrivate: true, anyPort: true, caFiles: [caFile] }))
  )
  return scans.flatMap((s) => s.result.rules).filter((r) => WEB_RULES.has(r.ruleId))
}

describe('web range', () => {
  it('plants every issue-4 rule on some site, and each is registered', () => {
    const planted = new Set(WEB_PRESETS.flatMap((p) => p.expectFail))
    expect(ISSUE_4_RULES.filter((id) => !planted.has(id))).toEqual([])
    expect(ISSUE_4_RULES.filter((id) => !WEB_RULES.has(id))).toEqual([])
  })

  for (const preset of WEB_PRESETS) {
    it(`${preset.name}: fails exactly where planted`, async () => {
      const rules = await results(preset.name)
      const failed = new Set(
        rules.filter((r) => r.status === 'fail' && OURS.has(r.ruleId)).map((r) => r.ruleId)
      )
      expect([...failed].sort()).toEqual([...new Set(preset.expectFail)].sort())
      expect(rules.filter((r) => r.status === 'error' && OURS.has(r.ruleId))).toEqual([])
    }, 60_000)
  }

  it('grades the clean site A+ and the weak site F', async () => {
    const grade = async (name: string) => {
      const site = range.site(name)
      const { result } = await scan(site.scanInput, {
        allowPrivate: true,
        anyPort: true,
        caFiles: [caFile],
      })
      return result.grades.web
    }
    const clean = await grade('web-clean')
    expect(clean.letter).toBe('A+')
    expect(clean.score).toBe(140)
    expect(clean.algorithm).toMatch(/1\.4\.8/)
    const weak = await grade('web-weak')
    expect(weak.letter).toBe('F')
  }, 60_000)
})
