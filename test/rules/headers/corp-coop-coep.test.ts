import { corpCoopCoep } from '../../../rules/headers/corp-coop-coep.ts'
import { testRule } from '../rule-tester.ts'
import { page } from './fixtures.ts'

const all = {
  'cross-origin-resource-policy': 'same-origin',
  'cross-origin-opener-policy': 'same-origin; report-to="r"',
  'cross-origin-embedder-policy': 'require-corp',
}

testRule(corpCoopCoep, {
  valid: [{ name: 'all three', artifacts: { MainResponse: page(all) } }],
  invalid: [
    {
      name: 'none',
      artifacts: { MainResponse: page() },
      errors: [
        { messageId: 'missing', severity: 'info' },
        { messageId: 'missing' },
        { messageId: 'missing' },
      ],
    },
    {
      name: 'invalid COOP and doubled CORP',
      artifacts: {
        MainResponse: page({
          ...all,
          'cross-origin-opener-policy': 'Same-Origin',
          'cross-origin-resource-policy': ['same-origin', 'same-site'],
        }),
      },
      errors: [
        { messageId: 'invalid', messageIncludes: 'resource' },
        { messageId: 'invalid', messageIncludes: 'Same-Origin' },
      ],
    },
  ],
})
