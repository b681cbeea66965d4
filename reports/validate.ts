import { Ajv2020 } from 'ajv/dist/2020.js'
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js'
import type { ScanResult } from '../rules/types.ts'
import schema from './schema/scan-result.schema.json' with { type: 'json' }

/** Kept apart from json.ts so renderers (and any web bundle) do not pull in Ajv. */
export { schema as scanResultSchema }

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/

let compiled: ValidateFunction | undefined

function validator(): ValidateFunction {
  if (compiled) return compiled
  const ajv = new Ajv2020({ allErrors: true, strict: true })
  ajv.addFormat('date-time', (s: string) => ISO_DATE_TIME.test(s) && !Number.isNaN(Date.parse(s)))
  compiled = ajv.compile(schema)
  return compiled
}

export type Validation = { ok: true; result: ScanResult } | { ok: false; errors: string[] }

/** Checks untrusted JSON (a file, an upload) against the published schema before rendering. */
export function validateScanResult(value: unknown): Validation {
  const validate = validator()
  if (validate(value)) return { ok: true, result: value as ScanResult }
  const errors = (validate.errors ?? [])
    .slice(0, 20)
    .map((e: ErrorObject) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`)
  return { ok: false, errors }
}
