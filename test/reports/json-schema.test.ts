import { describe, expect, it } from 'vitest'
import { safeJson, scanResultJson } from '../../reports/json.ts'
import { scanResultSchema, validateScanResult } from '../../reports/validate.ts'
import { evaluate } from '../../rules/engine.ts'
import type {
  CategoryResult,
  DataVersion,
  Evidence,
  Finding,
  Grade,
  RuleResult,
  ScanResult,
} from '../../rules/types.ts'
import type { CollectorError, Target } from '../../scanner/artifacts.ts'
import {
  makeCertificate,
  makeCollected,
  makeExchange,
  makeHandshake,
} from '../fixtures/artifacts.ts'
import { cleanResult } from '../fixtures/results/clean.ts'
import { errorsResult } from '../fixtures/results/errors.ts'
import { PAYLOAD } from '../fixtures/results/payloads.ts'
import { weakLater } from '../fixtures/results/weak-later.ts'
import { weakResult } from '../fixtures/results/weak.ts'

/** Keys a type requires / allows, checked by the compiler so the lists below cannot drift. */
type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T]
type Shape<T> = { required: RequiredKeys<T>[]; optional: Exclude<keyof T, RequiredKeys<T>>[] }
/** Fails to compile unless every key of T is listed exactly in its own list. */
const shape =
  <T>() =>
  <S extends Shape<T>>(
    s: S &
      ([Exclude<keyof T, S['required'][number] | S['optional'][number]>] extends [never]
        ? unknown
        : never)
  ) =>
    s

const SHAPES = {
  '': shape<ScanResult>()({
    required: [
      'schemaVersion',
      'target',
      'collectedAt',
      'scannerVersion',
      'dataVersions',
      'grades',
      'categories',
      'rules',
      'collectorErrors',
      'skipped',
    ],
    optional: [],
  }),
  Target: shape<Target>()({
    required: ['input', 'url', 'scheme', 'host', 'port', 'explicitPort', 'path', 'isIpLiteral'],
    optional: ['hostUnicode'],
  }),
  Grade: shape<Grade>()({
    required: ['letter', 'score', 'algorithm', 'reasons'],
    optional: ['details'],
  }),
  DataVersion: shape<DataVersion>()({
    required: ['source', 'version'],
    optional: ['upstreamDate'],
  }),
  CategoryResult: shape<CategoryResult>()({
    required: ['id', 'score', 'passed', 'failed', 'notApplicable', 'errored'],
    optional: [],
  }),
  RuleResult: shape<RuleResult>()({
    required: ['ruleId', 'category', 'status', 'title', 'severity', 'findings'],
    optional: ['reason', 'error'],
  }),
  Finding: shape<Finding>()({
    required: ['ruleId', 'messageId', 'message', 'severity', 'evidence', 'fingerprint'],
    optional: [],
  }),
  Evidence: shape<Evidence>()({ required: ['label', 'value'], optional: ['truncated'] }),
  CollectorError: shape<CollectorError>()({ required: ['code', 'message'], optional: [] }),
}

type SchemaNode = { required?: string[]; properties?: Record<string, unknown> }
const defs = (scanResultSchema as { $defs: Record<string, SchemaNode> }).$defs

function invalid(mutate: (r: Record<string, unknown>) => void): boolean {
  const copy = structuredClone(weakResult) as unknown as Record<string, unknown>
  mutate(copy)
  return validateScanResult(copy).ok
}

describe('ScanResult JSON Schema', () => {
  it('keeps required and optional keys in step with the TypeScript types', () => {
    for (const [name, s] of Object.entries(SHAPES)) {
      const node: SchemaNode = name === '' ? (scanResultSchema as SchemaNode) : defs[name]!
      expect(node, name).toBeDefined()
      expect([...(node.required ?? [])].sort(), `${name || 'ScanResult'} required`).toEqual(
        [...s.required].sort()
      )
      expect(
        Object.keys(node.properties ?? {}).sort(),
        `${name || 'ScanResult'} properties`
      ).toEqual([...s.required, ...s.optional].sort())
    }
  })

  it('accepts every fixture, including one with every optional field set', () => {
    for (const r of [cleanResult, weakResult, errorsResult, weakLater()]) {
      const v = validateScanResult(JSON.parse(scanResultJson(r)))
      expect(v.ok ? [] : v.errors, r.target.host).toEqual([])
    }
  })

  it('accepts what the real rule engine produces, with and without collector errors', () => {
    const fine = evaluate(
      makeCollected({ MainResponse: makeExchange(), TlsHandshake: makeHandshake() })
    )
    const expired = evaluate(
      makeCollected(
        {
          TlsHandshake: makeHandshake({
            chain: [makeCertificate({ validTo: '2026-01-01T00:00:00.000Z' })],
          }),
        },
        {
          errors: { MainResponse: { code: 'E_TIMEOUT', message: 'slow' } },
        }
      )
    )
    for (const r of [fine, expired]) {
      const v = validateScanResult(JSON.parse(scanResultJson(r)))
      expect(v.ok ? [] : v.errors).toEqual([])
    }
    expect(expired.rules.some((r) => r.status === 'fail')).toBe(true)
  })

  it('rejects broken results', () => {
    expect(invalid((r) => delete r.grades)).toBe(false)
    expect(invalid((r) => (r.schemaVersion = 2))).toBe(false)
    expect(invalid((r) => (r.surprise = true))).toBe(false)
    expect(invalid((r) => (r.collectedAt = 'yesterday'))).toBe(false)
    expect(invalid((r) => ((r.rules as RuleResult[])[0]!.severity = 'urgent' as 'high'))).toBe(
      false
    )
    expect(
      invalid((r) => ((r.rules as RuleResult[])[0]!.findings[0]!.fingerprint = PAYLOAD.script))
    ).toBe(false)
    expect(invalid((r) => ((r.target as Target).port = 70000))).toBe(false)
    expect(invalid((r) => (r.collectorErrors = { MainResponse: { code: 'E_X' } }))).toBe(false)
    const v = validateScanResult({ schemaVersion: 1 })
    expect(v.ok).toBe(false)
    if (!v.ok) expect(v.errors.join('\n')).toContain("must have required property 'target'")
  })

  it('writes JSON that embeds safely and reads back unchanged', () => {
    const text = scanResultJson(weakResult)
    expect(text).not.toContain('<')
    expect(text).not.toContain('>')
    expect(text).toContain('\\u003cscript\\u003e')
    expect(JSON.parse(text)).toEqual(weakResult)
    expect(safeJson('\u2028\u2029&')).toBe('"\\u2028\\u2029\\u0026"\n')
  })
})
