import { describe, expect, it } from 'vitest'
import { SCAN_LINKS, getScanCheck } from '../../../rules/checklist/model.ts'
import {
  SCAN_RULE_LINKS,
  SCAN_RULE_PREFIX_LINKS,
  scanCheckForRule,
} from '../../../rules/checklist/scan-rule-links.ts'
import { RULES } from '../../../rules/registry.ts'

describe('scan rule links', () => {
  it('maps rule ids to the checks named in the brief', () => {
    expect(scanCheckForRule('certificate-untrusted')).toBe('SC-TLS-01')
    expect(scanCheckForRule('tls-protocol-deprecated')).toBe('SC-TLS-02')
    expect(scanCheckForRule('tls-forward-secrecy-missing')).toBe('SC-TLS-03')
    expect(scanCheckForRule('https-redirect-missing')).toBe('SC-TLS-04')
    expect(scanCheckForRule('hsts-short-max-age')).toBe('SC-HDR-01')
    expect(scanCheckForRule('csp-missing')).toBe('SC-HDR-02')
    expect(scanCheckForRule('x-content-type-options-missing')).toBe('SC-HDR-03')
    expect(scanCheckForRule('x-frame-options-missing')).toBe('SC-HDR-04')
    expect(scanCheckForRule('referrer-policy-unsafe')).toBe('SC-HDR-05')
    expect(scanCheckForRule('cookie-secure-missing')).toBe('SC-COOKIE-01')
    expect(scanCheckForRule('cookie-samesite-missing')).toBe('SC-COOKIE-01')
    expect(scanCheckForRule('server-version-disclosed')).toBe('SC-INFO-01')
    expect(scanCheckForRule('cms-outdated')).toBe('SC-SW-01')
    expect(scanCheckForRule('mixed-content')).toBe('SC-3P-01')
    expect(scanCheckForRule('security-txt-invalid')).toBe('SC-SECTXT-01')
    expect(scanCheckForRule('certificate-expiring-soon')).toBe('SC-TLS-01')
    expect(scanCheckForRule('tls-1-2-or-later-missing')).toBe('SC-TLS-02')
    expect(scanCheckForRule('tls-dh-weak')).toBe('SC-TLS-03')
    expect(scanCheckForRule('js-library-from-compromised-cdn')).toBe('SC-SW-01')
    // Best practice beyond the check's pass condition: shown in the scan, no checklist effect.
    expect(scanCheckForRule('tls-1-3-missing')).toBeUndefined()
    expect(scanCheckForRule('csp-unsafe-inline')).toBe('SC-HDR-02')
    expect(scanCheckForRule('script-loaded-over-http')).toBe('SC-3P-01')
    expect(scanCheckForRule('permissions-policy-missing')).toBeUndefined()
    expect(scanCheckForRule('not-a-rule')).toBeUndefined()
  })

  it('every linked check exists and has items', () => {
    const targets = [
      ...Object.values(SCAN_RULE_LINKS),
      ...SCAN_RULE_PREFIX_LINKS.map((l) => l.check),
    ]
    for (const id of targets) {
      expect(getScanCheck(id), id).toBeDefined()
      expect(getScanCheck(id)?.mapsTo.length, id).toBeGreaterThan(0)
    }
  })

  it('critical-fail conditions name only linked rules of the same check', () => {
    for (const id of new Set(Object.values(SCAN_RULE_LINKS))) {
      for (const cond of getScanCheck(id)?.criticalFail?.when ?? []) {
        for (const ruleId of cond.ruleIds) expect(scanCheckForRule(ruleId), ruleId).toBe(id)
      }
    }
    expect(getScanCheck('SC-TLS-01')?.criticalFail?.when[0]?.ruleIds).toContain(
      'certificate-expired'
    )
    expect(getScanCheck('SC-TLS-01')?.criticalFail?.when[0]?.ruleIds).toContain(
      'certificate-not-yet-valid'
    )
    expect(getScanCheck('SC-TLS-01')?.criticalFail?.when[0]?.ruleIds).not.toContain(
      'certificate-expiring-soon'
    )
    expect(getScanCheck('SC-TLS-03')?.criticalFail).toBeUndefined()
  })

  it('linked registered rules name only items their scan check gives evidence for', () => {
    // Rules missing from the table give no checklist evidence (a product choice, not an error).
    const linkedRules = RULES.filter((rule) => scanCheckForRule(rule.meta.id) !== undefined)
    expect(linkedRules.length).toBeGreaterThan(0)
    for (const rule of linkedRules) {
      const checkId = scanCheckForRule(rule.meta.id)
      const linked = SCAN_LINKS.filter((l) => l.checkId === checkId).map((l) => l.itemId)
      for (const itemId of rule.meta.checklist ?? []) {
        expect(linked, `${rule.meta.id} → ${itemId}`).toContain(itemId)
      }
    }
  })
})
