import type { FixSnippet } from '../types.ts'

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')

/** The usual way to add one response header on nginx, Apache, IIS and common hosts. */
export function headerFixes(name: string, value: string, cms?: string): FixSnippet[] {
  return [
    { platform: 'nginx', snippet: `add_header ${name} "${value.replace(/"/g, '\\"')}" always;` },
    { platform: 'Apache', snippet: `Header always set ${name} "${value.replace(/"/g, '\\"')}"` },
    {
      platform: 'IIS',
      snippet: `<system.webServer><httpProtocol><customHeaders>\n  <add name="${name}" value="${xml(value)}" />\n</customHeaders></httpProtocol></system.webServer>`,
    },
    {
      platform: 'Cloudflare',
      snippet: `Rules → Transform Rules → Modify Response Header → Set static: ${name} = ${value}`,
    },
    {
      platform: 'Shared hosting / WordPress',
      snippet:
        cms ??
        `cPanel/Plesk with Apache: put the Apache line in .htaccess (mod_headers). WordPress: a security-headers plugin, or the same .htaccess line.`,
    },
  ]
}

/** Removing a header that gives away software versions. */
export function removeHeaderFixes(): FixSnippet[] {
  return [
    {
      platform: 'nginx',
      snippet:
        'server_tokens off;\n# X-Powered-By from PHP-FPM/upstreams:\nproxy_hide_header X-Powered-By;\nfastcgi_hide_header X-Powered-By;',
    },
    {
      platform: 'Apache',
      snippet: 'ServerTokens Prod\nServerSignature Off\nHeader always unset X-Powered-By',
    },
    {
      platform: 'IIS',
      snippet:
        '<system.webServer><security><requestFiltering removeServerHeader="true" /></security>\n  <httpProtocol><customHeaders><remove name="X-Powered-By" /></customHeaders></httpProtocol>\n</system.webServer>\n<system.web><httpRuntime enableVersionHeader="false" /></system.web>',
    },
    { platform: 'PHP', snippet: 'php.ini: expose_php = Off' },
    {
      platform: 'WordPress',
      snippet: "remove_action('wp_head', 'wp_generator'); // in the theme's functions.php",
    },
  ]
}
