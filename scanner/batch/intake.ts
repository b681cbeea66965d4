import net from 'node:net'
import { HarbourScanError } from '../errors.ts'
import { isAllowedAddress, type AddressPolicy } from '../net/address-policy.ts'
import { parseTarget } from '../target.ts'
import type { BatchIssue } from '../store/types.ts'
import { optionsFor, type ScanSettings } from './scan-job.ts'
import { groupKeyFor } from './politeness.ts'
import type { InputRow } from './parse.ts'

export interface AcceptedRow {
  row: number
  input: string
  url: string
  host: string
  groupKey: string
}

export interface Intake {
  accepted: AcceptedRow[]
  duplicates: { row: number; input: string; firstRow: number }[]
  invalid: { row: number; input: string; code: string; reason: string }[]
}

const LOCAL_NAMES =
  /(^|\.)(localhost|local|internal|intranet|lan|home\.arpa|test|invalid|example|onion)$/i

/**
 * Checks one target against the URL-level policy (no DNS): scheme, credentials, port, literal
 * addresses, local names. Throws a HarbourScanError with a stable code.
 */
export function checkTarget(
  input: string,
  settings: ScanSettings,
  policy: AddressPolicy = optionsFor(settings).policy
) {
  const target = parseTarget(input)
  if (target.explicitPort && policy.allowedPorts !== 'any' && !policy.allowedPorts.has(target.port))
    throw new HarbourScanError(
      'E_PORT_NOT_ALLOWED',
      `Port ${target.port} is not allowed; the service scans ports 80 and 443`
    )
  if (target.isIpLiteral && !isAllowedAddress(target.host, policy))
    throw new HarbourScanError('E_PRIVATE_ADDRESS', `${target.host} is not a public address`)
  if (!settings.allowPrivate && net.isIP(target.host) === 0 && LOCAL_NAMES.test(target.host))
    throw new HarbourScanError('E_PRIVATE_ADDRESS', `${target.host} is a local or reserved name`)
  return target
}

/** Every row ends up accepted, duplicate (of an earlier row) or invalid: nothing is dropped. */
export function intake(rows: readonly InputRow[], settings: ScanSettings): Intake {
  const out: Intake = { accepted: [], duplicates: [], invalid: [] }
  const seen = new Map<string, number>()
  const policy = optionsFor(settings).policy
  for (const { row, input } of rows) {
    try {
      const t = checkTarget(input, settings, policy)
      const key = `${t.scheme}://${t.host.replace(/\.$/, '')}:${t.port}${t.path}`
      const first = seen.get(key)
      if (first !== undefined) {
        out.duplicates.push({ row, input, firstRow: first })
        continue
      }
      seen.set(key, row)
      out.accepted.push({ row, input, url: t.url, host: t.host, groupKey: groupKeyFor(t.host) })
    } catch (error) {
      const code = error instanceof HarbourScanError ? error.code : 'E_TARGET_INVALID'
      const reason = error instanceof Error ? error.message : String(error)
      out.invalid.push({ row, input: input.slice(0, 2_048), code, reason })
    }
  }
  return out
}

/** The rows not scanned, as stored per batch (batch_issues). */
export function issuesOf(i: Intake): BatchIssue[] {
  return [
    ...i.duplicates.map((d) => ({
      row: d.row,
      input: d.input,
      kind: 'duplicate' as const,
      firstRow: d.firstRow,
    })),
    ...i.invalid.map((x) => ({
      row: x.row,
      input: x.input,
      kind: 'invalid' as const,
      code: x.code,
      reason: x.reason,
    })),
  ]
}

/** The stored rows not scanned back in intake form (what a replayed batch answers with). */
export function rowsNotScanned(issues: readonly BatchIssue[]): Omit<Intake, 'accepted'> {
  const out: Omit<Intake, 'accepted'> = { duplicates: [], invalid: [] }
  for (const i of issues) {
    if (i.kind === 'duplicate')
      out.duplicates.push({ row: i.row, input: i.input, firstRow: i.firstRow ?? 0 })
    else
      out.invalid.push({ row: i.row, input: i.input, code: i.code ?? '', reason: i.reason ?? '' })
  }
  return out
}
