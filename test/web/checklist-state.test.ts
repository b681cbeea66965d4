import { describe, expect, it } from 'vitest'
import {
  hasProfile,
  toApiAnswer,
  toModelAnswer,
  toOwnerAnswers,
  toProfileAnswers,
} from '../../web/checklist-state.ts'

describe('checklist state conversion', () => {
  it('maps the API "not-sure" to the model "unsure" and back', () => {
    expect(toModelAnswer('not-sure')).toBe('unsure')
    expect(toApiAnswer('unsure')).toBe('not-sure')
    expect(toApiAnswer(toModelAnswer('yes'))).toBe('yes')
  })

  it('uses the note of an N/A answer as its reason', () => {
    expect(
      toOwnerAnswers({
        'PHY-01': { answer: 'na', note: ' no server room ' },
        'GOV-01': { answer: 'not-sure', note: 'ask IT' },
        'GOV-02': { answer: 'na' },
      })
    ).toEqual({
      'PHY-01': { answer: 'na', naReason: 'no server room' },
      'GOV-01': { answer: 'unsure' },
      'GOV-02': { answer: 'na' },
    })
  })

  it('keeps only known profile questions with values of the right shape', () => {
    const profile = toProfileAnswers({
      'PQ-1': ['cloud_iaas', 1 as unknown as string],
      'PQ-2': 'host',
      'PQ-3': 'yes',
      'PQ-5': true,
      __proto__: ['x'],
      other: 'x',
    } as never)
    expect(profile).toEqual({ 'PQ-1': ['cloud_iaas'], 'PQ-2': 'host', 'PQ-5': true })
    expect(hasProfile(profile)).toBe(true)
    expect(hasProfile({ 'PQ-1': [] })).toBe(false)
  })
})
