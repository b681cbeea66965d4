import { hstsMissing } from '../../../rules/headers/hsts-missing.ts'
import { makeExchange } from '../../fixtures/artifacts.ts'
import { testRule } from '../rule-tester.ts'

const withHsts = (...values: string[]) =>
  makeExchange({ headers: values.map((v): [string, string] => ['strict-transport-security', v]) })

testRule(hstsMissing, {
  valid: [
    {
      name: 'two years with subdomains',
      artifacts: { MainResponse: withHsts('max-age=63072000; includeSubDomains') },
    },
    { name: 'quoted max-age', artifacts: { MainResponse: withHsts('max-age="31536000"') } },
  ],
  invalid: [
    {
      name: 'no header',
      artifacts: { MainResponse: makeExchange() },
      errors: [{ messageId: 'missing', severity: 'medium' }],
    },
    {
      name: 'no max-age',
      artifacts: { MainResponse: withHsts('includeSubDomains') },
      errors: [{ messageId: 'noMaxAge' }],
    },
    {
      name: 'sent twice in one line',
      artifacts: { MainResponse: withHsts('max-age=1, max-age=2') },
      errors: [{ messageId: 'noMaxAge' }],
    },
    {
      name: 'plain HTTP site',
      artifacts: { MainResponse: makeExchange({ url: 'http://example.com/' }) },
      errors: [{ messageId: 'noHttps', severity: 'high' }],
    },
  ],
})
