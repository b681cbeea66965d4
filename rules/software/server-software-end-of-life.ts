import { defineRule } from '../define-rule.ts'
import { BACKPORT_MESSAGES, eolProblems } from '../lib/vulndb-lifecycle.ts'

/** Web server and runtime versions past their end of life (nginx, Apache, PHP, IIS, Tomcat, Node…). */
export const serverSoftwareEndOfLife = defineRule({
  meta: {
    id: 'server-software-end-of-life',
    category: 'software',
    title: 'The server software announced is still supported',
    failureTitle: 'The site runs server software that is past its end of life',
    description:
      'Web servers and languages such as PHP stop receiving security fixes at the end of their life. Any hole found afterwards stays open for good, and attackers look for exactly these versions in the Server and X-Powered-By headers.',
    remediation:
      'Upgrade to a supported release line (or ask your hosting provider to move you), then hide the version from the headers. For a distribution package, make sure the operating system release itself is still supported.',
    fixes: [
      {
        platform: 'Ubuntu / Debian',
        snippet:
          'sudo apt update && sudo apt full-upgrade\n# an unsupported OS release needs do-release-upgrade or a new server',
      },
      { platform: 'nginx', snippet: 'server_tokens off;  # after upgrading: hide the version' },
      { platform: 'Apache', snippet: 'ServerTokens Prod\nServerSignature Off' },
      { platform: 'PHP (php.ini)', snippet: 'expose_php = Off' },
      {
        platform: 'IIS',
        snippet:
          'Move the site to a supported Windows Server (2016 or later), then remove the header:\n<security><requestFiltering removeServerHeader="true" /></security>',
      },
    ],
    defaultSeverity: 'high',
    requiredArtifacts: ['Software'],
    messages: {
      endOfLife:
        '{{name}} reached end of life on {{date}} (cycle {{cycle}}; its last release was {{latest}}). It gets no more security fixes.',
      ...BACKPORT_MESSAGES,
      endOfLifeDistro:
        '{{name}} is a {{distro}} build of cycle {{cycle}}, which upstream ended on {{date}}. {{distro}} may still back-port fixes: check that the {{distro}} release itself is supported.',
    },
    references: [
      'https://endoflife.date/',
      'https://owasp.org/Top10/A06_2021-Vulnerable_and_Outdated_Components/',
    ],
    checklist: ['SYS-02', 'WEB-04'],
  },
  check({ Software: software }, ctx) {
    return eolProblems(software, ['server', 'runtime'], ctx, 'high', 'server software')
  },
})
