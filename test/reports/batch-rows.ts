import type { BatchRow } from '../../reports/types.ts'
import { cleanResult } from '../fixtures/results/clean.ts'
import { errorsResult } from '../fixtures/results/errors.ts'
import { PAYLOAD } from '../fixtures/results/payloads.ts'
import { weakResult } from '../fixtures/results/weak.ts'

/** A small batch: one good, one weak, one partly errored, two that could not be scanned. */
export function batchRows(): BatchRow[] {
  return [
    { input: 'clean.example.test', result: cleanResult },
    {
      input: PAYLOAD.formula,
      error: { code: 'E_INVALID_TARGET', message: `Not a host: ${PAYLOAD.script}` },
    },
    { input: 'weak.example.test', result: weakResult },
    { input: 'broken.example.test:8080', result: errorsResult },
    { input: '10.0.0.1', error: { code: 'E_BLOCKED_DESTINATION', message: 'Private address.' } },
  ]
}
