/**
 * HarbourScan's own small list of script hosts known to serve malicious code, used when the imported
 * Retire.js data carries no backdoored list (v5/v6 files and the npm baseline do not; only the
 * -combined files and jsrepository-backdoored.json do). Each entry cites public reports.
 */
import type { CompromisedHost } from '../../rules/lib/vulndb-types.ts'

const host = (name: string) => `^https?://([a-z0-9-]+\\.)*${name.replace(/\./g, '\\.')}(:\\d+)?/`

export const BUILTIN_COMPROMISED_HOSTS: CompromisedHost[] = [
  {
    id: 'polyfill.io',
    summary:
      'The new owner of polyfill.io served malicious code to visitors (June 2024); the same operator runs bootcdn.net, bootcss.com, staticfile.net and staticfile.org.',
    severity: 'high',
    patterns: [
      host('polyfill.io'),
      host('polyfill.com'),
      host('polyfillcache.com'),
      host('googie-anaiytics.com'),
      host('bootcdn.net'),
      host('bootcss.com'),
      host('staticfile.net'),
      host('staticfile.org'),
      host('unionadjs.com'),
      host('xhsbpza.com'),
      host('union.macoms.la'),
      host('newcrbpc.com'),
    ],
    urls: [
      'https://sansec.io/research/polyfill-supply-chain-attack',
      'https://blog.cloudflare.com/automatically-replacing-polyfill-io-links-with-cloudflares-mirror-for-a-safer-internet',
      'https://blog.qualys.com/vulnerabilities-threat-research/2024/06/28/polyfill-io-supply-chain-attack',
    ],
  },
]
