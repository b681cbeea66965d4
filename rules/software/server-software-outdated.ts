import { defineRule } from '../define-rule.ts'
import { outdatedProblems } from '../lib/vulndb-lifecycle.ts'

/** Supported server software that is behind the latest patch release of its cycle. */
export const serverSoftwareOutdated = defineRule({
  meta: {
    id: 'server-software-outdated',
    category: 'software',
    title: 'The server software announced is on the latest patch of its release line',
    failureTitle: 'The server software is behind the latest patch release of its line',
    description:
      'Patch releases of web servers and PHP mostly fix bugs and security holes. A server that skips them keeps problems that are already public, even though its release line is still supported.',
    remediation:
      'Install the latest patch release of the same line (a low-risk update), and turn on automatic security updates where the platform offers them.',
    fixes: [
      {
        platform: 'Ubuntu / Debian',
        snippet: 'sudo apt update && sudo apt upgrade\nsudo apt install unattended-upgrades',
      },
      { platform: 'RHEL / Rocky / Alma', snippet: 'sudo dnf upgrade --security' },
      {
        platform: 'Windows / IIS',
        snippet: 'Install the latest cumulative update through Windows Update.',
      },
    ],
    defaultSeverity: 'low',
    requiredArtifacts: ['Software'],
    messages: {
      behind:
        '{{name}} is behind the latest {{cycle}} release, {{latest}} (released {{latestDate}}).',
      behindDistro:
        '{{name}} ({{distro}} build) reports an older version than the latest {{cycle}} release {{latest}}; {{distro}} back-ports fixes without changing the version, so check its package updates instead.',
    },
    references: [
      'https://endoflife.date/',
      'https://nginx.org/en/CHANGES',
      'https://www.php.net/ChangeLog-8.php',
    ],
    checklist: ['SYS-02'],
  },
  check({ Software: software }, ctx) {
    return outdatedProblems(software, ['server', 'runtime'], ctx, 'low', 'server software')
  },
})
