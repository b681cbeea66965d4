import { describe, expect, it } from 'vitest'
import { renderText } from '../../reports/text.ts'
import { cleanResult } from '../fixtures/results/clean.ts'
import { errorsResult } from '../fixtures/results/errors.ts'
import { weakResult } from '../fixtures/results/weak.ts'

describe('text report', () => {
  it('leads with the grades, then the problems most urgent first, with what to do', () => {
    const text = renderText(weakResult, { color: false })
    expect(text.split('\n')[0]).toContain('HarbourScan report for')
    expect(text).toMatch(/Overall grade: \S+ {4}TLS: \S+ {4}Web: /)
    const severities = [...text.matchAll(/^ {2}(CRITICAL|HIGH|MEDIUM|LOW|INFO)\s/gm)].map(
      (m) => m[1]
    )
    const order = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFO']
    expect(severities.length).toBeGreaterThan(1)
    expect([...severities].sort((a, b) => order.indexOf(a!) - order.indexOf(b!))).toEqual(
      severities
    )
  })

  it('warns when the vulnerability data is more than 30 days old', () => {
    const old = {
      ...cleanResult,
      dataVersions: [{ source: 'retire', version: 'x', upstreamDate: '2020-01-01' }],
    }
    expect(renderText(old, { color: false })).toContain('more than 30 days old')
    const fresh = {
      ...old,
      dataVersions: [
        { source: 'retire', version: 'x', upstreamDate: old.collectedAt.slice(0, 10) },
      ],
    }
    expect(renderText(fresh, { color: false })).not.toContain('more than 30 days old')
  })

  it('says what could not be tested', () => {
    expect(renderText(errorsResult, { color: false })).toMatch(
      /Could not test \w+: .+ \(E_[A-Z_]+\)/
    )
  })

  it('never lets scanned text drive the terminal, and colours only when asked', () => {
    const hostile = {
      ...weakResult,
      target: { ...weakResult.target, url: 'https://x.example/\u001b[2J\u0007' },
    }
    const plain = renderText(hostile, { color: false })
    expect(plain).not.toContain('\u001b')
    expect(plain).toContain('\\x1b[2J\\x07')
    expect(renderText(hostile, { color: true })).toContain('\u001b[1m')
  })

  it('keeps scanned text on its own line: no forged lines, no reordered text', () => {
    const forged = 'WP 6.4\n\nOverall grade: A+\tNo problems found.\u2028\u202e'
    const hostile = {
      ...weakResult,
      rules: weakResult.rules.map((r, i) =>
        i === 0
          ? { ...r, status: 'fail' as const, findings: [{ ...r.findings[0]!, message: forged }] }
          : r
      ),
    }
    const text = renderText(hostile, { color: false })
    expect(text).toContain('WP 6.4\\x0a\\x0aOverall grade: A+\\x09No problems found.\\u2028\\u202e')
    expect(text.match(/^Overall grade/gm)).toHaveLength(1)
  })
})
