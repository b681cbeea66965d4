import { defineRule } from '../define-rule.ts'
import { BACKPORT_MESSAGES, eolProblems } from '../lib/vulndb-lifecycle.ts'

/** CMS versions past their end of life (WordPress, Drupal, Joomla, TYPO3, Magento, Umbraco, Moodle). */
export const cmsEndOfLife = defineRule({
  meta: {
    id: 'cms-end-of-life',
    category: 'software',
    title: 'The content management system is a supported version',
    failureTitle: 'The content management system is past its end of life',
    description:
      'Content management systems such as WordPress, Drupal and Joomla are the most attacked software on the web. Once a version is out of support, new holes are published but never fixed, and automated attacks find such sites within days.',
    remediation:
      'Back up the site, then upgrade the CMS to a supported version (update plugins and themes first). If an agency built the site, ask them for an upgrade plan with a date.',
    fixes: [
      {
        platform: 'WordPress',
        snippet: 'wp core update && wp plugin update --all && wp theme update --all',
      },
      {
        platform: 'Drupal',
        snippet:
          'composer update "drupal/core-*" --with-all-dependencies\ndrush updatedb && drush cache:rebuild',
      },
      {
        platform: 'Joomla',
        snippet: 'System → Update → Joomla (back up first with Akeeba Backup)',
      },
    ],
    defaultSeverity: 'high',
    requiredArtifacts: ['Software'],
    messages: {
      endOfLife:
        '{{name}} reached end of life on {{date}} (branch {{cycle}}; its last release was {{latest}}). It gets no more security fixes.',
      ...BACKPORT_MESSAGES,
      endOfLifeDistro:
        '{{name}} ({{distro}} package) belongs to branch {{cycle}}, which ended on {{date}}; check the {{distro}} package is still maintained.',
    },
    references: [
      'https://endoflife.date/wordpress',
      'https://endoflife.date/drupal',
      'https://endoflife.date/joomla',
    ],
    checklist: ['SYS-02', 'WEB-04'],
  },
  check({ Software: software }, ctx) {
    return eolProblems(software, ['cms'], ctx, 'high', 'CMS')
  },
})
