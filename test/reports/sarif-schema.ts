import { createRequire } from 'node:module'
import { Ajv } from 'ajv'

/**
 * The official SARIF 2.1.0 (rtm.5) schema as shipped in @microsoft/jest-sarif. It is draft-04;
 * its only draft-04-only keyword is the top-level `id`, so Ajv's draft-07 mode reads it once that
 * is renamed to `$id`. One of its patterns is not valid in Unicode mode (unicodeRegExp off).
 */
export function sarifValidator() {
  const require = createRequire(import.meta.url)
  const schema = structuredClone(
    require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json')
  )
  schema.$id = schema.id
  delete schema.id
  delete schema.$schema
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false })
  ajv.addFormat('uri', (s: string) => URL.canParse(s))
  ajv.addFormat('uri-reference', (s: string) => URL.canParse(s, 'http://base.invalid/'))
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)))
  return ajv.compile(schema)
}
