import { xContentTypeOptionsMissing } from '../../../rules/headers/x-content-type-options-missing.ts'
import { testRule } from '../rule-tester.ts'
import { page } from './fixtures.ts'

testRule(xContentTypeOptionsMissing, {
  valid: [
    {
      name: 'nosniff',
      artifacts: { MainResponse: page({ 'x-content-type-options': 'NoSniff ' }) },
    },
  ],
  invalid: [
    { name: 'missing', artifacts: { MainResponse: page() }, errors: [{ messageId: 'missing' }] },
    {
      name: 'typo',
      artifacts: { MainResponse: page({ 'x-content-type-options': 'nosnif' }) },
      errors: [{ messageId: 'invalid', messageIncludes: 'nosnif' }],
    },
  ],
})
