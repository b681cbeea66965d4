import { permissionsPolicyMissing } from '../../../rules/headers/permissions-policy-missing.ts'
import { testRule } from '../rule-tester.ts'
import { page } from './fixtures.ts'

testRule(permissionsPolicyMissing, {
  valid: [
    { name: 'present', artifacts: { MainResponse: page({ 'permissions-policy': 'camera=()' }) } },
  ],
  invalid: [
    {
      name: 'missing',
      artifacts: { MainResponse: page() },
      errors: [{ messageId: 'missing', severity: 'info' }],
    },
    {
      name: 'legacy only',
      artifacts: { MainResponse: page({ 'feature-policy': "camera 'none'" }) },
      errors: [{ messageId: 'legacy' }],
    },
  ],
})
