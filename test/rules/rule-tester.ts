/**
 * RuleTester, after ESLint's: strict on purpose. Every rule gets valid, invalid and (optionally)
 * not-applicable cases built from small artifact fixtures; the tester also checks the rule's meta
 * and adds the cases every rule must get right: a missing artifact is not-applicable and an errored
 * collector is an error, never a pass.
 */
import { describe, expect, it } from 'vitest'
import type { Artifacts, ArtifactName, Target } from '../../scanner/artifacts.ts'
import { runRule } from '../../rules/engine.ts'
import type { AnyRule, RuleContextDb, Severity } from '../../rules/types.ts'
import { makeCollected, makeTarget } from '../fixtures/artifacts.ts'

interface BaseCase {
  name: string
  artifacts: Partial<Artifacts>
  target?: Partial<Target>
  /** ISO date used as "now" (collectedAt). */
  now?: string
  db?: RuleContextDb
}
export interface ExpectedError {
  messageId: string
  severity?: Severity
  /** Substring the interpolated message must contain. */
  messageIncludes?: string
}
export interface InvalidCase extends BaseCase {
  errors: ExpectedError[]
}
export interface RuleTestCases {
  valid: BaseCase[]
  invalid: InvalidCase[]
  notApplicable?: BaseCase[]
}

function run(rule: AnyRule, c: BaseCase) {
  const collected = makeCollected(c.artifacts, {
    target: makeTarget(c.target),
    ...(c.now ? { collectedAt: c.now } : {}),
  })
  const ctx = {
    now: new Date(collected.collectedAt),
    target: collected.target,
    ...(c.db ? { db: c.db } : {}),
  }
  return runRule(rule, collected, ctx)
}

export function testRule(rule: AnyRule, cases: RuleTestCases): void {
  const { meta } = rule
  describe(meta.id, () => {
    it('has well-formed meta', () => {
      expect(meta.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      expect(meta.title.length).toBeGreaterThan(10)
      expect(meta.failureTitle).not.toBe(meta.title)
      expect(meta.description.length).toBeGreaterThan(40)
      expect(meta.remediation.length).toBeGreaterThan(20)
      expect(meta.requiredArtifacts.length).toBeGreaterThan(0)
      expect(meta.references.length).toBeGreaterThan(0)
      for (const [id, text] of Object.entries(meta.messages)) {
        expect(text, `message ${id}`).toMatch(/^[A-Z0-9"'(<{]/)
        expect(text, `message ${id}`).toMatch(/[.)]$/)
      }
    })

    it('has at least one valid and one invalid case, all distinct', () => {
      expect(cases.valid.length).toBeGreaterThan(0)
      expect(cases.invalid.length).toBeGreaterThan(0)
      const names = [...cases.valid, ...cases.invalid, ...(cases.notApplicable ?? [])].map(
        (c) => c.name
      )
      expect(new Set(names).size).toBe(names.length)
    })

    for (const c of cases.valid) {
      it(`passes: ${c.name}`, () => {
        const result = run(rule, c)
        expect(result.findings).toEqual([])
        expect(result.status).toBe('pass')
      })
    }

    for (const c of cases.invalid) {
      it(`fails: ${c.name}`, () => {
        expect(c.errors.length, 'an invalid case must list its errors').toBeGreaterThan(0)
        const result = run(rule, c)
        expect(result.status).toBe('fail')
        expect(result.findings.map((f) => f.messageId)).toEqual(c.errors.map((e) => e.messageId))
        c.errors.forEach((expected, i) => {
          const finding = result.findings[i]!
          expect(Object.keys(meta.messages)).toContain(expected.messageId)
          expect(finding.message).not.toMatch(/\{\{/)
          if (expected.severity) expect(finding.severity).toBe(expected.severity)
          if (expected.messageIncludes) expect(finding.message).toContain(expected.messageIncludes)
          expect(finding.fingerprint).toMatch(/^[0-9a-f]{32}$/)
        })
      })
    }

    for (const c of cases.notApplicable ?? []) {
      it(`is not applicable: ${c.name}`, () => {
        expect(run(rule, c).status).toBe('not-applicable')
      })
    }

    const sample = cases.invalid[0]
    if (sample) {
      it('is not applicable when a required artifact was not collected', () => {
        const artifacts = { ...sample.artifacts }
        delete artifacts[meta.requiredArtifacts[0] as ArtifactName]
        expect(run(rule, { ...sample, artifacts }).status).toBe('not-applicable')
      })

      it('reports error, never pass, when a required collector failed', () => {
        const name = meta.requiredArtifacts[0] as ArtifactName
        const collected = makeCollected(sample.artifacts, {
          target: makeTarget(sample.target),
          errors: { [name]: { code: 'E_TIMEOUT', message: 'timed out' } },
        })
        const result = runRule(rule, collected, {
          now: new Date(collected.collectedAt),
          target: collected.target,
        })
        expect(result.status).toBe('error')
        expect(result.error?.code).toBe('E_TIMEOUT')
      })
    }
  })
}
