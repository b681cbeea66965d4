/**
 * The shared judgement behind server-software-* and cms-* rules: end of life and "behind the latest
 * patch of its cycle" from endoflife.date data, with distribution builds (which back-port fixes)
 * reported with lower severity and an explanation.
 */
import type { SoftwareFacts, SoftwareKind, SoftwareProduct } from '../../scanner/artifacts.ts'
import type { NotApplicable, Problem, RuleContext, Severity } from '../types.ts'
import { notApplicable } from '../types.ts'
import type { EolStatus } from './vulndb.ts'
import { compareVersions } from './versions.ts'
import { cycleNames, productEvidence, productLifecycle } from './vulndb-report.ts'

export type EolMessage = 'endOfLife' | 'endOfLifeDistro' | 'backportsOnly' | 'backportsMissed'

/**
 * Products whose project keeps back-porting security fixes to branches endoflife.date already
 * lists as ended, from this version on (libraries.md §10: WordPress supports only its newest
 * branch, yet 4.7 and later still get security point releases).
 */
const SECURITY_BACKPORTS: Readonly<Record<string, string>> = { wordpress: '4.7' }

/** The words for an ended branch that still gets security back-ports (any eolProblems rule). */
export const BACKPORT_MESSAGES = {
  backportsOnly:
    '{{name}} is on branch {{cycle}}, which is no longer the supported one (since {{date}}). It still gets security fixes back-ported ({{latest}} is current), but nothing else: plan the upgrade to the newest branch.',
  backportsMissed:
    '{{name}} is on branch {{cycle}}, which is no longer the supported one (since {{date}}), and it lacks the security fixes back-ported since: the branch is at {{latest}}. Update now, then plan the upgrade to the newest branch.',
} as const

/** The message for an ended branch that still gets security back-ports, if this is one. */
function backportMessage(p: SoftwareProduct, status: EolStatus) {
  const from = SECURITY_BACKPORTS[p.product]
  if (from === undefined || status.olderThanTracked || compareVersions(p.version!, from) < 0)
    return undefined
  return status.behindLatest ? ('backportsMissed' as const) : ('backportsOnly' as const)
}
export type OutdatedMessage = 'behind' | 'behindDistro'

function relevant(
  software: SoftwareFacts,
  kinds: readonly SoftwareKind[],
  ctx: RuleContext,
  what: string
): SoftwareProduct[] | NotApplicable {
  if (!ctx.db?.eolStatus)
    return notApplicable(
      'No end-of-life data loaded (run "harbourscan db update --from <endoflife folder>").'
    )
  const all = software.products.filter((p) => kinds.includes(p.kind))
  const versioned = all.filter((p) => p.version)
  if (versioned.length === 0) {
    const proxy = software.products.find((p) => p.kind === 'proxy')
    if (proxy && kinds.includes('server'))
      return notApplicable(
        `The origin server is hidden behind ${proxy.name}: its version is unknown, not known to be fine.`
      )
    return notApplicable(
      all.length
        ? `No ${what} version is announced (${all.map((p) => p.name).join(', ')}).`
        : `No ${what} was identified.`
    )
  }
  return versioned
}

export function eolProblems(
  software: SoftwareFacts,
  kinds: readonly SoftwareKind[],
  ctx: RuleContext,
  severity: Severity,
  what: string
): Problem<EolMessage>[] | NotApplicable {
  const products = relevant(software, kinds, ctx, what)
  if (!Array.isArray(products)) return products
  const problems: Problem<EolMessage>[] = []
  for (const p of products) {
    const found = productLifecycle(p, ctx.db, ctx.now)
    if (!found?.status.endOfLife) continue
    const { status, label } = found
    const data = {
      name: label,
      cycle: cycleNames(status),
      date: status.eolDate ?? 'a date not published',
      latest: status.latest ?? 'unknown',
      distro: p.distro ?? '',
    }
    const backports = p.distro ? undefined : backportMessage(p, status)
    // On an ended branch that still gets security releases, only missing them is urgent.
    const own = backports === 'backportsOnly' ? 'medium' : severity
    problems.push({
      messageId: backports ?? (p.distro ? 'endOfLifeDistro' : 'endOfLife'),
      data,
      severity: p.distro || p.confidence === 'low' ? 'medium' : own,
      evidence: productEvidence(p, ctx.db),
      key: p.product,
    })
  }
  return problems
}

export function outdatedProblems(
  software: SoftwareFacts,
  kinds: readonly SoftwareKind[],
  ctx: RuleContext,
  severity: Severity,
  what: string
): Problem<OutdatedMessage>[] | NotApplicable {
  const products = relevant(software, kinds, ctx, what)
  if (!Array.isArray(products)) return products
  const problems: Problem<OutdatedMessage>[] = []
  for (const p of products) {
    const found = productLifecycle(p, ctx.db, ctx.now)
    // End of life is the other rule's finding; here only supported cycles behind their latest.
    if (!found || found.status.endOfLife || !found.status.behindLatest) continue
    const { status, label } = found
    const cycle = status.cycles[0]
    problems.push({
      messageId: p.distro ? 'behindDistro' : 'behind',
      data: {
        name: label,
        cycle: cycleNames(status),
        latest: status.latest ?? 'unknown',
        latestDate: cycle?.latestReleaseDate ?? 'date unknown',
        distro: p.distro ?? '',
      },
      severity: p.distro ? 'info' : severity,
      evidence: productEvidence(p, ctx.db),
      key: p.product,
    })
  }
  return problems
}
