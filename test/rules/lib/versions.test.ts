import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import {
  compareVersions,
  inRange,
  isAtOrAbove,
  isPlausibleVersion,
  maxVersion,
  stripMinSuffix,
} from '../../../rules/lib/versions.ts'

// The retire package's own comparison, as the oracle for a differential test.
const retire = createRequire(import.meta.url)('retire/lib/retire.js') as {
  isAtOrAbove(a: string, b: string): boolean
  check(component: string, version: string, repo: unknown): { vulnerabilities?: unknown[] }[]
}

describe('compareVersions (Retire.js rules, libraries.md §4)', () => {
  it.each([
    ['3.0.0-beta1', '3.0.0', -1],
    ['1.9.0b1', '1.9.0', -1],
    ['2.2', '2.2.0', 0],
    ['1.2.3.4', '1.2.3', 1],
    ['1.12.4-aem', '1.12.4', -1],
  ] as const)('%s vs %s is %i', (a, b, expected) => {
    expect(compareVersions(a, b)).toBe(expected)
    expect(compareVersions(b, a)).toBe(-expected || 0)
  })

  it('compares numeric segments as numbers, not strings', () => {
    expect(compareVersions('1.10.0', '1.9.0')).toBe(1)
    expect(compareVersions('10', '9')).toBe(1)
  })
})

describe('inRange', () => {
  it('honours below, atOrAbove and excludes', () => {
    const range = { atOrAbove: '1.2.0', below: '1.12.5', excludes: ['1.12.4-aem'] }
    expect(inRange('1.12.4', range)).toBe(true)
    expect(inRange('1.12.4-aem', range)).toBe(false)
    expect(inRange('1.12.5', range)).toBe(false)
    expect(inRange('1.1.9', range)).toBe(false)
    expect(inRange('1.2.0', range)).toBe(true)
    expect(inRange('0.1', { below: '999.0.0' })).toBe(true)
  })
})

describe('helpers', () => {
  it('accepts only version-shaped strings', () => {
    expect(isPlausibleVersion('1.12.4')).toBe(true)
    expect(isPlausibleVersion('3.0.0-rc.1')).toBe(true)
    expect(isPlausibleVersion('v1.2')).toBe(false)
    expect(isPlausibleVersion('1.2<script>')).toBe(false)
    expect(isPlausibleVersion('1'.repeat(41))).toBe(false)
  })
  it('strips .min and picks the maximum', () => {
    expect(stripMinSuffix('1.12.4.min')).toBe('1.12.4')
    expect(stripMinSuffix('1.12.4-min')).toBe('1.12.4')
    expect(maxVersion(['1.9.0', '1.12.0', '1.9.0b1'])).toBe('1.12.0')
    expect(maxVersion([])).toBeUndefined()
  })
})

describe('differential against the retire package', () => {
  const parts = ['0', '1', '2', '9', '10', '12', 'beta1', 'rc', 'aem', '0b1', 'a', 'x10']
  const versions: string[] = []
  for (const a of parts.slice(0, 5)) {
    for (const b of parts) {
      for (const c of ['', '.0', '.4', '-beta1', '-aem', '.1.5', '-rc.1']) {
        versions.push(`${a}.${b}${c}`)
      }
    }
  }
  versions.push('2.2', '2.2.0', '1.12.4', '1.12.4-aem', '3.0.0-beta1', '1.9.0b1', '1', '')

  it(`agrees with retire.isAtOrAbove on ${versions.length ** 2} pairs`, () => {
    const disagreements: string[] = []
    for (const a of versions) {
      for (const b of versions) {
        if (isAtOrAbove(a, b) !== retire.isAtOrAbove(a, b)) disagreements.push(`${a} vs ${b}`)
      }
    }
    expect(disagreements).toEqual([])
    expect(versions.length).toBeGreaterThan(300)
  })

  it('agrees with retire.check on range entries with excludes', () => {
    const vulnerabilities = [
      { below: '1.9.0b1', severity: 'medium', identifiers: { CVE: ['x'] } },
      { atOrAbove: '1.2', below: '3.5.0', excludes: ['1.12.4-aem'], severity: 'low' },
      { atOrAbove: '3.0.0-beta1', below: '3.0.0', severity: 'high' },
    ]
    const repo = { lib: { vulnerabilities, extractors: {} } }
    for (const v of versions) {
      const expected = retire.check('lib', v, repo)[0]?.vulnerabilities?.length ?? 0
      expect(vulnerabilities.filter((r) => inRange(v, r)).length, v).toBe(expected)
    }
  })
})
