import { securityTxtInvalid } from '../../../rules/disclosure/security-txt-invalid.ts'
import { testRule } from '../rule-tester.ts'
import { wellKnown } from '../headers/fixtures.ts'

// FIXED_NOW is 2026-11-01.
const GOOD = 'Contact: mailto:security@example.com\nExpires: 2027-05-01T00:00:00Z\n'

testRule(securityTxtInvalid, {
  valid: [
    {
      name: 'complete',
      artifacts: { WellKnown: wellKnown({ status: 200, body: `# comment\n${GOOD}` }) },
    },
  ],
  invalid: [
    {
      name: 'expired',
      artifacts: {
        WellKnown: wellKnown({ status: 200, body: 'Contact: x\nExpires: 2020-01-01T00:00:00Z' }),
      },
      errors: [{ messageId: 'expired', messageIncludes: '2020-01-01' }],
    },
    {
      name: 'no contact no expires',
      artifacts: { WellKnown: wellKnown({ status: 200, body: 'Hello: there' }) },
      errors: [{ messageId: 'noContact' }, { messageId: 'noExpires' }],
    },
    {
      name: 'too far ahead',
      artifacts: {
        WellKnown: wellKnown({ status: 200, body: 'Contact: x\nExpires: 2030-01-01T00:00:00Z' }),
      },
      errors: [{ messageId: 'tooFar' }],
    },
    {
      name: 'html and not a date',
      artifacts: {
        WellKnown: wellKnown({
          status: 200,
          contentType: 'text/html',
          body: 'Contact: x\nExpires: soon',
        }),
      },
      errors: [{ messageId: 'notText' }, { messageId: 'badExpires' }],
    },
    {
      name: 'legacy path over http',
      artifacts: {
        WellKnown: {
          ...wellKnown({ status: 404 }, { status: 200, body: GOOD }),
          legacySecurityTxt: {
            url: 'http://example.com/security.txt',
            status: 200,
            contentType: 'text/plain',
            body: GOOD,
          },
        },
      },
      errors: [{ messageId: 'legacyOnly' }, { messageId: 'notHttps' }],
    },
  ],
  notApplicable: [{ name: 'missing', artifacts: { WellKnown: wellKnown({ status: 404 }) } }],
})
