import { defineRule } from '../define-rule.ts'
import { outdatedProblems } from '../lib/vulndb-lifecycle.ts'

/** A supported CMS branch that is behind its latest release (security releases are point releases). */
export const cmsOutdated = defineRule({
  meta: {
    id: 'cms-outdated',
    category: 'software',
    title: 'The content management system is on the latest release of its branch',
    failureTitle: 'The content management system is missing updates',
    description:
      "WordPress, Drupal and Joomla ship security fixes as small point releases. A site that is behind its branch's latest release still has holes whose details are already public.",
    remediation:
      'Apply the latest point release (turn on automatic minor updates where available), and keep plugins and themes updated too.',
    fixes: [
      {
        platform: 'WordPress (wp-config.php)',
        snippet: "define( 'WP_AUTO_UPDATE_CORE', 'minor' );",
      },
      {
        platform: 'Drupal',
        snippet: 'composer update "drupal/core-*" --with-all-dependencies && drush updatedb',
      },
      { platform: 'Joomla', snippet: 'System → Update → Joomla → Check for Updates' },
    ],
    defaultSeverity: 'medium',
    requiredArtifacts: ['Software'],
    messages: {
      behind:
        '{{name}} is behind the latest {{cycle}} release, {{latest}} (released {{latestDate}}).',
      behindDistro:
        '{{name}} ({{distro}} package) is older than the latest {{cycle}} release {{latest}}; check the {{distro}} package updates.',
    },
    references: [
      'https://wordpress.org/news/category/releases/',
      'https://www.drupal.org/security',
      'https://endoflife.date/',
    ],
    checklist: ['SYS-02'],
  },
  check({ Software: software }, ctx) {
    return outdatedProblems(software, ['cms'], ctx, 'medium', 'CMS')
  },
})
