/**
 * Retire.js `func` checks (e.g. `jQuery.fn.jquery`, `angular.version.full`) registered as page
 * probes, so with --render the RenderedPage collector evaluates them all in one call. The page can
 * fake any global, so these hits rank below hashes, banners and URLs (libraries.md §8).
 */
import { PAGE_PROBE_PROVIDERS, type PageProbe } from '../../browser/page-probes.ts'
import type { RenderedPageFacts } from '../../artifacts.ts'
import { isPlausibleVersion } from '../../../rules/lib/versions.ts'
import { sharedDb } from '../../vulndb/load.ts'
import type { Hit } from './merge.ts'

const PREFIX = 'retire-func:'
const MAX_PROBES = 100

export async function libraryProbes(): Promise<PageProbe[]> {
  const { vuln } = await sharedDb()
  if (!vuln) return []
  return Object.values(vuln.libraries)
    .flatMap((lib) =>
      lib.detect.func.map((expression, i) => ({ id: `${PREFIX}${lib.id}:${i}`, expression }))
    )
    .slice(0, MAX_PROBES)
}

PAGE_PROBE_PROVIDERS.push(async (ctx) => (ctx.options.render ? libraryProbes() : []))

/** Runtime evidence from the rendered page's probe results. */
export function runtimeHits(rendered: RenderedPageFacts, pageUrl: string): Hit[] {
  const hits: Hit[] = []
  for (const [id, value] of Object.entries(rendered.probes)) {
    if (!id.startsWith(PREFIX) || value === null || !isPlausibleVersion(value)) continue
    const library = id.slice(PREFIX.length, id.lastIndexOf(':'))
    hits.push({ library, version: value, method: 'runtime', url: pageUrl, detail: 'page global' })
  }
  return hits
}
