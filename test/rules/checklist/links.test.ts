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
    expect(getScanCheck('SC-TLS-03')?.criticalFail).toBeUndefined()
  })

  it("registered rules' checklist ids are items their scan check gives evidence for", () => {
    for (const rule of RULES) {
      const items = rule.meta.checklist ?? []
      if (items.length === 0) continue
      const checkId = scanCheckForRule(rule.meta.id)
      expect(
        checkId,
        `${rule.meta.id} lists checklist items: add it to scan-rule-links.ts`
      ).toBeDefined()
      const linked = SCAN_LINKS.filter((l) => l.checkId === checkId).map((l) => l.itemId)
      for (const itemId of items) expect(linked, `${rule.meta.id} → ${itemId}`).toContain(itemId)
    }
  })
})
