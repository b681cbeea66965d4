/**
 * Converts endoflife.date data into EolDb products: the repository's products/<id>.md files (YAML
 * front matter with `releases:`) or the public API's per-product JSON (legacy array or v1 form).
 */
import { parse } from 'yaml'
import type { EolCycle, EolProduct } from '../../rules/lib/vulndb-types.ts'

const MAX_CYCLES = 500
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/** YAML may hand back dates as strings or Date objects depending on schema; keep ISO dates. */
function dateOrBool(v: unknown): string | boolean | undefined {
  if (typeof v === 'boolean') return v
  if (v instanceof Date && Number.isFinite(v.getTime())) return v.toISOString().slice(0, 10)
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v)) return v.slice(0, 10)
  return undefined
}
const text = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined

function cycle(raw: Record<string, unknown>, fields: Record<string, string>): EolCycle | undefined {
  const name = text(raw[fields.cycle!])
  const eol = dateOrBool(raw[fields.eol!])
  if (!name || eol === undefined) return undefined
  const releaseDate = dateOrBool(raw[fields.releaseDate!])
  const eoas = dateOrBool(raw[fields.eoas!])
  const latest = text(raw[fields.latest!])
  const latestReleaseDate = dateOrBool(raw[fields.latestReleaseDate!])
  const lts = raw[fields.lts!]
  return {
    cycle: name,
    eol,
    ...(typeof releaseDate === 'string' ? { releaseDate } : {}),
    ...(eoas !== undefined ? { eoas } : {}),
    ...(latest ? { latest } : {}),
    ...(typeof latestReleaseDate === 'string' ? { latestReleaseDate } : {}),
    ...(typeof lts === 'boolean' || typeof lts === 'string' ? { lts } : {}),
  }
}

const REPO_FIELDS = {
  cycle: 'releaseCycle',
  eol: 'eol',
  releaseDate: 'releaseDate',
  eoas: 'eoas',
  latest: 'latest',
  latestReleaseDate: 'latestReleaseDate',
  lts: 'lts',
}

/** One products/<id>.md file from the endoflife.date repository. */
export function importEndoflifeMarkdown(id: string, markdown: string): EolProduct {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(\r?\n|$)/.exec(markdown)
  if (!match?.[1]) throw new Error(`${id}: no YAML front matter`)
  const front: unknown = parse(match[1], { maxAliasCount: 50 })
  if (!isRecord(front) || !Array.isArray(front.releases)) throw new Error(`${id}: no releases`)
  const cycles = front.releases
    .slice(0, MAX_CYCLES)
    .filter(isRecord)
    .map((r) => cycle(r, REPO_FIELDS))
    .filter((c): c is EolCycle => c !== undefined)
  if (cycles.length === 0) throw new Error(`${id}: no usable release cycles`)
  return { id, title: text(front.title) ?? id, cycles }
}

/** The API's answer for one product: legacy `/api/<id>.json` (array) or `/api/v1/products/<id>`. */
export function importEndoflifeApi(id: string, data: unknown): EolProduct {
  if (Array.isArray(data)) {
    const fields = { ...REPO_FIELDS, cycle: 'cycle', eoas: 'support' }
    const cycles = data
      .slice(0, MAX_CYCLES)
      .filter(isRecord)
      .map((r) => cycle(r, fields))
      .filter((c): c is EolCycle => c !== undefined)
    if (cycles.length === 0) throw new Error(`${id}: no usable release cycles`)
    // "support" in the legacy API is the end of active support: the date security-only begins.
    return { id, title: id, cycles }
  }
  const result = isRecord(data) && isRecord(data.result) ? data.result : undefined
  if (!result || !Array.isArray(result.releases)) throw new Error(`${id}: unexpected API answer`)
  const cycles = result.releases
    .slice(0, MAX_CYCLES)
    .filter(isRecord)
    .map((r) => {
      const latest = isRecord(r.latest) ? r.latest : {}
      return cycle(
        {
          releaseCycle: r.name,
          eol: r.eolFrom ?? r.isEol,
          releaseDate: r.releaseDate,
          eoas: r.eoasFrom ?? r.isEoas,
          latest: latest.name,
          latestReleaseDate: latest.date,
          lts: r.isLts,
        },
        REPO_FIELDS
      )
    })
    .filter((c): c is EolCycle => c !== undefined)
  if (cycles.length === 0) throw new Error(`${id}: no usable release cycles`)
  return { id, title: text(result.label) ?? id, cycles }
}

/** Newest latestReleaseDate in the data: a lower bound for how fresh the snapshot is. */
export function newestReleaseDate(products: readonly EolProduct[]): string | undefined {
  const dates = products.flatMap((p) => p.cycles.map((c) => c.latestReleaseDate ?? c.releaseDate))
  return dates
    .filter((d): d is string => typeof d === 'string')
    .sort()
    .at(-1)
}
