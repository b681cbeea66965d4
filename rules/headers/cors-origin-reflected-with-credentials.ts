import { defineRule } from '../define-rule.ts'
import { firstHeader } from '../lib/headers.ts'

export const corsOriginReflectedWithCredentials = defineRule({
  meta: {
    id: 'cors-origin-reflected-with-credentials',
    category: 'headers',
    title: 'Other sites cannot read pages as the logged-in visitor',
    failureTitle: 'Any site can read pages as the logged-in visitor (CORS origin reflected)',
    description:
      'The server copies whatever Origin it is sent into Access-Control-Allow-Origin and also allows credentials. Any web site a customer visits can then read your pages and API answers with that customer’s cookies: their account data, orders and tokens.',
    remediation:
      'Allow only a fixed list of trusted origins; never echo the request Origin back together with Access-Control-Allow-Credentials: true.',
    fixes: [
      {
        platform: 'nginx',
        snippet:
          'map $http_origin $cors_ok { default ""; "https://app.example.com" $http_origin; }\nadd_header Access-Control-Allow-Origin $cors_ok always;\nadd_header Vary Origin always;',
      },
      {
        platform: 'Apache',
        snippet:
          'SetEnvIf Origin "^https://app\\.example\\.com$" CORS_OK=$0\nHeader always set Access-Control-Allow-Origin "%{CORS_OK}e" env=CORS_OK\nHeader always merge Vary Origin',
      },
      {
        platform: 'IIS',
        snippet:
          'IIS CORS module: <cors enabled="true"><add origin="https://app.example.com" allowCredentials="true" /></cors> (no wildcard or echo).',
      },
      {
        platform: 'Express / frameworks',
        snippet:
          "cors({ origin: ['https://app.example.com'], credentials: true }) // never origin: true with credentials",
      },
    ],
    defaultSeverity: 'high',
    requiredArtifacts: ['CorsPreflight'],
    messages: {
      reflected:
        'A preflight from {{origin}} was answered with Access-Control-Allow-Origin: {{acao}} and Access-Control-Allow-Credentials: true.',
    },
    references: [
      'https://developer.mozilla.org/en-US/docs/Web/HTTP/CORS',
      'https://portswigger.net/web-security/cors',
    ],
  },
  check({ CorsPreflight: cors }) {
    const acao = firstHeader(cors.exchange, 'access-control-allow-origin')?.trim()
    const credentials = firstHeader(cors.exchange, 'access-control-allow-credentials')
      ?.trim()
      .toLowerCase()
    if (credentials !== 'true' || (acao !== cors.origin && acao !== 'null')) return []
    return [
      {
        messageId: 'reflected',
        data: { origin: cors.origin, acao },
        evidence: [
          { label: 'Access-Control-Allow-Origin', value: acao },
          { label: 'Access-Control-Allow-Credentials', value: 'true' },
        ],
      },
    ]
  },
})
