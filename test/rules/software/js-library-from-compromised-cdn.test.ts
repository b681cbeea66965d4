import { jsLibraryFromCompromisedCdn } from '../../../rules/software/js-library-from-compromised-cdn.ts'
import { testRule } from '../rule-tester.ts'
import { DB, NOW, scripts } from './fixture-db.ts'

testRule(jsLibraryFromCompromisedCdn, {
  valid: [
    {
      name: 'jsDelivr',
      db: DB,
      now: NOW,
      artifacts: {
        Scripts: scripts([], ['https://cdn.jsdelivr.net/npm/jquery@3.7.1/dist/jquery.min.js']),
      },
    },
    {
      name: 'look-alike path on a good host',
      db: DB,
      now: NOW,
      artifacts: { Scripts: scripts([], ['https://example.com/polyfill.io/polyfill.js']) },
    },
  ],
  invalid: [
    {
      name: 'cdn.polyfill.io',
      db: DB,
      now: NOW,
      artifacts: {
        Scripts: scripts([], ['https://cdn.polyfill.io/v3/polyfill.min.js?features=default']),
      },
      errors: [{ messageId: 'compromised', severity: 'high', messageIncludes: 'cdn.polyfill.io' }],
    },
  ],
  notApplicable: [
    {
      name: 'no data',
      now: NOW,
      artifacts: { Scripts: scripts([], ['https://cdn.polyfill.io/v3/polyfill.min.js']) },
    },
  ],
})
