/** RFC 9116 security.txt: fields "Name: value", comments "#", optional PGP signature wrapper. */
export interface SecurityTxt {
  fields: { name: string; value: string }[]
}

const MAX_LINES = 500

export function parseSecurityTxt(body: string): SecurityTxt {
  const fields: SecurityTxt['fields'] = []
  for (const line of body.split(/\r?\n/).slice(0, MAX_LINES)) {
    const m = /^([A-Za-z][A-Za-z0-9-]*):\s*(.*)$/.exec(line.trim())
    if (m && !line.startsWith('#'))
      fields.push({ name: (m[1] as string).toLowerCase(), value: (m[2] as string).trim() })
  }
  return { fields }
}

export const SECURITY_TXT_REFERENCES = [
  'https://www.rfc-editor.org/rfc/rfc9116',
  'https://securitytxt.org/',
]

export const SECURITY_TXT_EXAMPLE =
  'Contact: mailto:security@example.com\nExpires: 2027-12-31T23:59:59Z\nPreferred-Languages: en, zh-Hant'
