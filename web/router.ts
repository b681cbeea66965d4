/** Hash routes: the server needs no knowledge of them and links work without a reload. */
export type Route =
  | { view: 'home' }
  | { view: 'scan'; id: string }
  | { view: 'checklist' }
  | { view: 'batches' }
  | { view: 'batch'; id: string }
  | { view: 'history'; target: string }
  | { view: 'diff'; from: string; to: string }
  | { view: 'evidence'; id: string }
  | { view: 'token' }
  | { view: 'not-found' }

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '')
  const [pathPart = '', queryPart = ''] = raw.split('?', 2)
  const parts = pathPart.split('/').filter(Boolean).map(decodeSegment)
  const query = new URLSearchParams(queryPart)
  const [first, second] = parts
  if (parts.length === 0) return { view: 'home' }
  if (first === 'scan' && second) return { view: 'scan', id: second }
  if (first === 'checklist') return { view: 'checklist' }
  if (first === 'batch' && second) return { view: 'batch', id: second }
  if (first === 'batch') return { view: 'batches' }
  if (first === 'history') return { view: 'history', target: query.get('target') ?? '' }
  if (first === 'diff')
    return { view: 'diff', from: query.get('from') ?? '', to: query.get('to') ?? '' }
  if (first === 'evidence' && second) return { view: 'evidence', id: second }
  if (first === 'token') return { view: 'token' }
  return { view: 'not-found' }
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

const enc = encodeURIComponent

export const href = {
  home: () => '#/',
  scan: (id: string) => `#/scan/${enc(id)}`,
  checklist: () => '#/checklist',
  batches: () => '#/batch',
  batch: (id: string) => `#/batch/${enc(id)}`,
  history: (target = '') => (target ? `#/history?target=${enc(target)}` : '#/history'),
  diff: (from: string, to: string) => `#/diff?from=${enc(from)}&to=${enc(to)}`,
  evidence: (id: string) => `#/evidence/${enc(id)}`,
  token: () => '#/token',
}
