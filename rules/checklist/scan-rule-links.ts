/**
 * Which scan check each HarbourScan rule gives evidence for. Rule ids are stable (see
 * ARCHITECTURE.md), so this table is the single place the scanner and the checklist meet.
 * A rule is linked only when its failure means the check's pass condition is not met. Left out on
 * purpose (best practice beyond the check, context only): tls-1-3-missing, tls-aead-missing,
 * tls-compression-enabled, tls-insecure-renegotiation, tls-ocsp-stapling-missing,
 * hsts-preload-ready, csp-unsafe-eval, cors-*, corp-coop-coep, permissions-policy-missing. Unlinked rules
 * still show in the scan; they just give no checklist evidence.
 */
export const SCAN_RULE_LINKS: Readonly<Record<string, string>> = {
  'certificate-expired': 'SC-TLS-01',
  'certificate-name-mismatch': 'SC-TLS-01',
  'certificate-untrusted': 'SC-TLS-01',
  'certificate-not-yet-valid': 'SC-TLS-01',
  'certificate-chain-incomplete': 'SC-TLS-01',
  'certificate-expiring-soon': 'SC-TLS-01',
  'certificate-key-weak': 'SC-TLS-01',
  'certificate-signature-weak': 'SC-TLS-01',
  'tls-1-2-or-later-missing': 'SC-TLS-02',
  'tls-protocol-obsolete': 'SC-TLS-02',
  'tls-protocol-deprecated': 'SC-TLS-02',
  'tls-cipher-insecure': 'SC-TLS-03',
  'tls-cipher-weak': 'SC-TLS-03',
  'tls-forward-secrecy-missing': 'SC-TLS-03',
  'tls-dh-weak': 'SC-TLS-03',
  'https-redirect-missing': 'SC-TLS-04',
  // The check wants the first redirect to go to https on the same host; a plain-http hop fails it.
  'https-redirect-insecure-hop': 'SC-TLS-04',
  'hsts-missing': 'SC-HDR-01',
  'hsts-short-max-age': 'SC-HDR-01',
  'csp-missing': 'SC-HDR-02',
  // SC-HDR-02 passes only for a CSP that is enforced and not trivially permissive.
  'csp-invalid': 'SC-HDR-02',
  'csp-broad-sources': 'SC-HDR-02',
  'csp-unsafe-inline': 'SC-HDR-02',
  'csp-report-only': 'SC-HDR-02',
  'x-content-type-options-missing': 'SC-HDR-03',
  'x-frame-options-missing': 'SC-HDR-04',
  'referrer-policy-unsafe': 'SC-HDR-05',
  'server-version-disclosed': 'SC-INFO-01',
  'js-library-vulnerable': 'SC-SW-01',
  'js-library-end-of-life': 'SC-SW-01',
  'server-software-end-of-life': 'SC-SW-01',
  'server-software-outdated': 'SC-SW-01',
  'cms-end-of-life': 'SC-SW-01',
  'cms-outdated': 'SC-SW-01',
  'js-library-from-compromised-cdn': 'SC-SW-01',
  'sri-missing': 'SC-3P-01',
  'mixed-content': 'SC-3P-01',
  'script-loaded-over-http': 'SC-3P-01',
  'form-action-insecure': 'SC-3P-01',
  'security-txt-missing': 'SC-SECTXT-01',
  'security-txt-invalid': 'SC-SECTXT-01',
}

/** Families of rules linked by id prefix: every cookie-* rule checks cookie flags. */
export const SCAN_RULE_PREFIX_LINKS: readonly { prefix: string; check: string }[] = [
  { prefix: 'cookie-', check: 'SC-COOKIE-01' },
]

/** The scan check a rule feeds, or undefined when the rule has no checklist link. */
export function scanCheckForRule(ruleId: string): string | undefined {
  const exact = SCAN_RULE_LINKS[ruleId]
  if (exact !== undefined) return exact
  return SCAN_RULE_PREFIX_LINKS.find((link) => ruleId.startsWith(link.prefix))?.check
}
