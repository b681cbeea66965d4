/** What a real browser saw when it loaded the page (only with --render). */
export interface RenderedPageFacts {
  finalUrl: string
  title: string
  /** Requests the page made, in order (capped). */
  requests: { url: string; resourceType: string; status?: number }[]
  /** Destinations the guarded proxy refused, with the reason. */
  blocked: { target: string; reason: string }[]
  /** Results of page probes (e.g. library version globals), by probe id; null when absent. */
  probes: Record<string, string | null>
  /** Milliseconds from navigation start to load + settle. */
  durationMs: number
}
