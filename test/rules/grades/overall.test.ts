import { describe, expect, it } from 'vitest'
import { overallGrade } from '../../../rules/grades/index.ts'
import type { Grade, RuleResult, Severity } from '../../../rules/types.ts'

const grade = (letter: string | null): Grade => ({
  letter,
  score: null,
  algorithm: 'test',
  reasons: [],
})
const softwareFail = (severity: Severity): RuleResult => ({
  ruleId: 'js-library-vulnerable',
  category: 'software',
  status: 'fail',
  title: 'A JavaScript library has known vulnerabilities',
  severity,
  findings: [],
})

describe('overallGrade', () => {
  it('is the worse of the TLS and web letters', () => {
    expect(overallGrade(grade('A+'), grade('B')).letter).toBe('B')
    expect(overallGrade(grade('T'), grade('A')).letter).toBe('T')
    expect(overallGrade(grade(null), grade('C')).letter).toBe('C')
    expect(overallGrade(grade(null), grade(null)).letter).toBeNull()
  })

  it('is capped by failed software checks, and says why', () => {
    const high = overallGrade(grade('A'), grade('A+'), [softwareFail('high')])
    expect(high.letter).toBe('C')
    expect(high.reasons.at(-1)).toMatch(
      /Capped at C: A JavaScript library has known vulnerabilities/
    )
    expect(overallGrade(grade('A'), grade('A'), [softwareFail('critical')]).letter).toBe('F')
    expect(overallGrade(grade('A'), grade('A'), [softwareFail('low')]).letter).toBe('A')
  })

  it('never improves a worse letter through a cap', () => {
    expect(overallGrade(grade('F'), grade('A'), [softwareFail('medium')]).letter).toBe('F')
  })
})
