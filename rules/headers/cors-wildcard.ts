import { defineRule } from '../define-rule.ts'
import { firstHeader } from '../lib/headers.ts'

export const corsWildcard = defineRule({
  meta: {
    id: 'cors-wildcard',
    category: 'headers',
    title: 'Pages are not shared with every site (no CORS wildcard)',
    failureTitle: 'Pages may be read by any site (Access-Control-Allow-Origin: *)',
    description:
      'Access-Control-Allow-Origin: * lets any web site read this content from a visitor’s browser (without their cookies). That is fine for public files and APIs, but not for anything only reachable from inside your network.',
    remediation:
      'If the content is not meant to be public, remove the header or list the specific origins that need it.',
    fixes: [
      { platform: 'nginx', snippet: '# remove: add_header Access-Control-Allow-Origin *;' },
      { platform: 'Apache', snippet: 'Header always unset Access-Control-Allow-Origin' },
      {
        platform: 'IIS',
        snippet: '<customHeaders><remove name="Access-Control-Allow-Origin" /></customHeaders>',
      },
      {
        platform: 'WordPress',
        snippet: 'Check plugins that "enable CORS" and restrict them to the origins you need.',
      },
    ],
    defaultSeverity: 'info',
    requiredArtifacts: ['CorsPreflight'],
    messages: {
      wildcard: 'The {{where}} answer allows every origin (Access-Control-Allow-Origin: *).',
    },
    references: [
      'https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Access-Control-Allow-Origin',
    ],
  },
  check(a) {
    const page = (a as { MainResponse?: Parameters<typeof firstHeader>[0] }).MainResponse
    const sources = [
      { where: 'preflight', exchange: a.CorsPreflight.exchange },
      ...(page ? [{ where: 'page', exchange: page }] : []),
    ]
    const hit = sources.find(
      (s) => firstHeader(s.exchange, 'access-control-allow-origin')?.trim() === '*'
    )
    return hit ? [{ messageId: 'wildcard', data: { where: hit.where } }] : []
  },
})
