import type { CollectorContext } from '../collectors/types.ts'

/** An expression evaluated in the rendered page, e.g. a library's version global. */
export interface PageProbe {
  id: string
  expression: string
}

export type PageProbeProvider = (ctx: CollectorContext) => Promise<PageProbe[]>

/**
 * Areas that want to look inside the rendered page register a provider here (the libraries area
 * registers Retire.js `func` checks). All probes run in ONE evaluate call with a time limit.
 */
export const PAGE_PROBE_PROVIDERS: PageProbeProvider[] = []

/** Values a hostile page can return are untrusted: keep only short version-like strings. */
export const PROBE_VALUE = /^\d[\w.-]{0,40}$/

/** Source of the in-page function: each probe is isolated so one throwing getter cannot stop the rest. */
export function probeScript(probes: readonly PageProbe[]): string {
  const body = probes
    .map(
      (p) =>
        `out[${JSON.stringify(p.id)}] = (function(){ try { var v = (${p.expression}); return typeof v === 'string' || typeof v === 'number' ? String(v) : null } catch (e) { return null } })();`
    )
    .join('\n')
  return `(() => { const out = {}; ${body}\n return out })()`
}
