/**
 * Shared wording for the software rules: display names, the data date line, fix targets and the
 * IIS → Windows Server mapping. Pure.
 */
import type { DetectedLibrary, SoftwareProduct } from '../../scanner/artifacts.ts'
import type { Evidence, RuleContextDb, Severity } from '../types.ts'
import type { DataSeverity, LibraryAdvisory } from './vulndb-types.ts'
import { compareVersions } from './versions.ts'
import type { EolStatus } from './vulndb.ts'

const NAMES: Record<string, string> = {
  jquery: 'jQuery',
  'jquery-ui': 'jQuery UI',
  angularjs: 'AngularJS',
  '@angular/core': 'Angular',
  bootstrap: 'Bootstrap',
  lodash: 'Lodash',
  'moment.js': 'Moment.js',
  handlebars: 'Handlebars',
  DOMPurify: 'DOMPurify',
  vue: 'Vue.js',
  react: 'React',
  tinyMCE: 'TinyMCE',
  ckeditor: 'CKEditor',
}
export const libraryName = (id: string): string => NAMES[id] ?? id

/** Retire library id → endoflife.date product id. */
export const LIBRARY_EOL_PRODUCT: Record<string, string> = {
  jquery: 'jquery',
  angularjs: 'angularjs',
  '@angular/core': 'angular',
  bootstrap: 'bootstrap',
  vue: 'vue',
  react: 'react',
}

export function toSeverity(s: DataSeverity): Severity {
  return s === 'none' ? 'info' : s
}

const RANK: Record<DataSeverity, number> = { none: 0, low: 1, medium: 2, high: 3, critical: 4 }
export function highestSeverity(advisories: readonly LibraryAdvisory[]): DataSeverity {
  return advisories.reduce<DataSeverity>(
    (w, a) => (RANK[a.severity] > RANK[w] ? a.severity : w),
    'none'
  )
}

/** The version that clears every matched advisory, or undefined when one has no fix (999.x). */
export function fixTarget(advisories: readonly LibraryAdvisory[]): string | undefined {
  let target: string | undefined
  for (const a of advisories) {
    if (compareVersions(a.range.below, '999') >= 0) return undefined
    if (!target || compareVersions(a.range.below, target) > 0) target = a.range.below
  }
  return target
}

export function advisoryIds(a: LibraryAdvisory): string {
  const ids = [...a.cve, ...(a.ghsa ? [a.ghsa] : [])]
  if (ids.length) return ids.join(', ')
  // Bare issue numbers mean nothing without their kind ("bug 11974", "retid 52").
  const [kind, value] = Object.entries(a.other)[0] ?? []
  return kind ? `${kind} ${value}` : 'no id'
}

/** "retire fd8df0d, data as of 2026-08-20; endoflife …" — every finding says what it was judged on. */
export function dataDate(db: RuleContextDb | undefined, source?: string): string {
  const versions = (db?.dataVersions ?? []).filter((d) => !source || d.source === source)
  if (versions.length === 0) return 'no data loaded'
  return versions
    .map((d) => `${d.source} ${d.version}, data as of ${d.upstreamDate ?? 'unknown date'}`)
    .join('; ')
}

export function libraryEvidence(
  lib: DetectedLibrary,
  db: RuleContextDb | undefined,
  source: string
): Evidence[] {
  const found = lib.evidence.slice(0, 6).map((e) => ({
    label: `Found by ${e.method}`,
    value: `${e.version} at ${e.url}${e.detail && e.method !== 'uri' ? ` (${e.detail})` : ''}`,
  }))
  const conflicts = lib.conflictingVersions.length
    ? [{ label: 'Other versions suggested', value: lib.conflictingVersions.join(', ') }]
    : []
  return [...found, ...conflicts, { label: 'Data', value: dataDate(db, source) }]
}

export function productEvidence(p: SoftwareProduct, db: RuleContextDb | undefined): Evidence[] {
  return [
    ...p.evidence.slice(0, 5).map((e) => ({ label: `${e.source}: ${e.name}`, value: e.value })),
    { label: 'Data', value: dataDate(db, 'endoflife') },
  ]
}

/**
 * IIS ships with Windows Server; endoflife.date has no IIS product. 10.0 is shared by 2016–2025,
 * so it maps to all of them and counts as end of life only when every one is.
 */
export function iisWindowsCycles(version: string): string[] {
  const major = /^(\d+)\.(\d+)/.exec(version)
  const key = major ? `${major[1]}.${major[2]}` : version
  const map: Record<string, string[]> = {
    '6.0': ['2003-sp2'],
    '7.0': ['2008-sp2'],
    '7.5': ['2008-r2-sp1'],
    '8.0': ['2012'],
    '8.5': ['2012-r2'],
    '10.0': ['2016', '2019', '2022', '2025'],
  }
  return map[key] ?? []
}

/** The product's lifecycle status, IIS through Windows Server; undefined when the data lacks it. */
export function productLifecycle(
  p: SoftwareProduct,
  db: RuleContextDb | undefined,
  now: Date
): { status: EolStatus; label: string } | undefined {
  if (!p.version || !db?.eolStatus) return undefined
  if (p.product !== 'iis') {
    const status = db.eolStatus(p.product, p.version, now)
    // A version taken only from an asset URL (?ver=) is a hint: say so in the finding.
    const hint = p.confidence === 'low' ? ' (version from an asset URL, unconfirmed)' : ''
    return status ? { status, label: `${p.name} ${p.version}${hint}` } : undefined
  }
  const statuses = iisWindowsCycles(p.version)
    .map((cycle) => db.eolStatus?.('windows-server', cycle, now))
    .filter((s): s is EolStatus => s !== undefined)
  if (statuses.length === 0) return undefined
  const endOfLife = statuses.every((s) => s.endOfLife)
  const dates = statuses.map((s) => s.eolDate).filter((d): d is string => d !== undefined)
  const first = statuses[0]!
  const windows = statuses.map((s) => s.cycles.map((c) => c.cycle).join('/')).join(', ')
  return {
    label: `${p.name} ${p.version} (Windows Server ${windows})`,
    status: {
      ...first,
      cycles: statuses.flatMap((s) => s.cycles),
      endOfLife,
      ...(dates.length ? { eolDate: dates.sort().at(-1)! } : {}),
      // Windows patch levels are not visible in the IIS banner.
      behindLatest: false,
    },
  }
}

export const cycleNames = (status: EolStatus): string =>
  status.cycles.map((c) => c.cycle).join(', ')
