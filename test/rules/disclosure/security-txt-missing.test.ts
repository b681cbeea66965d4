import { securityTxtMissing } from '../../../rules/disclosure/security-txt-missing.ts'
import { testRule } from '../rule-tester.ts'
import { wellKnown } from '../headers/fixtures.ts'

testRule(securityTxtMissing, {
  valid: [
    {
      name: 'well-known',
      artifacts: { WellKnown: wellKnown({ status: 200, body: 'Contact: mailto:a@b.c' }) },
    },
    {
      name: 'legacy path',
      artifacts: { WellKnown: wellKnown({ status: 404 }, { status: 200, body: 'Contact: x' }) },
    },
  ],
  invalid: [
    {
      name: 'both 404',
      artifacts: { WellKnown: wellKnown({ status: 404 }, { status: 404 }) },
      errors: [{ messageId: 'missing', severity: 'low' }],
    },
  ],
  notApplicable: [
    {
      name: 'fetch failed',
      artifacts: {
        WellKnown: {
          securityTxt: {
            url: 'https://example.com/.well-known/security.txt',
            status: 0,
            error: 'E_TIMEOUT',
          },
          robotsTxt: { url: 'x', status: 0 },
        },
      },
    },
  ],
})
