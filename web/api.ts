/**
 * Typed client for the HarbourScan API. Same origin only; every call has a deadline; errors
 * arrive as application/problem+json and are thrown as ApiError with the server's code.
 */
import type {
  ApiAnswer,
  BatchCreated,
  BatchDetail,
  BatchExportFormat,
  BatchRowView,
  BatchSummary,
  ChecklistState,
  CollectedArtifacts,
  Problem,
  ReportFormat,
  ScanCreated,
  ScanDetail,
  ScanDiff,
  ScanList,
} from './api-types.ts'
import { SseParser } from './sse.ts'
import { authHeaders } from './token.ts'

const TIMEOUT_MS = 30_000

export class ApiError extends Error {
  declare readonly status: number
  declare readonly code: string | undefined

  constructor(status: number, problem: Problem) {
    super(problem.detail ?? problem.title ?? `Request failed (${status})`)
    this.status = status
    this.code = problem.code
  }
}

/** A refused response as an ApiError, with its problem details when it sent JSON. */
export async function apiErrorOf(response: Response): Promise<ApiError> {
  const problem = (await response.json().catch(() => ({}))) as Problem
  return new ApiError(response.status, problem)
}

async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(path, {
    ...init,
    credentials: 'same-origin',
    signal: init.signal ?? AbortSignal.timeout(TIMEOUT_MS),
    headers: { accept: 'application/json', ...authHeaders(), ...init.headers },
  })
  if (!response.ok) throw await apiErrorOf(response)
  if (response.status === 204) return undefined as T
  return (await response.json()) as T
}

function json(method: string, body: unknown): RequestInit {
  return { method, body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }
}

const enc = encodeURIComponent

export const api = {
  startScan: (url: string) => request<ScanCreated>('/api/scans', json('POST', { url })),
  getScan: (id: string) => request<ScanDetail>(`/api/scans/${enc(id)}`),
  cancelScan: (id: string) => request<unknown>(`/api/scans/${enc(id)}/cancel`, { method: 'POST' }),
  listScans: (params: { target?: string; limit?: number; cursor?: string } = {}) => {
    const query = new URLSearchParams()
    if (params.target) query.set('target', params.target)
    if (params.limit) query.set('limit', String(params.limit))
    if (params.cursor) query.set('cursor', params.cursor)
    const qs = query.toString()
    return request<ScanList>(`/api/scans${qs ? `?${qs}` : ''}`)
  },
  getArtifacts: (id: string) => request<CollectedArtifacts>(`/api/scans/${enc(id)}/artifacts`),
  getDiff: (from: string, to: string) =>
    request<ScanDiff>(`/api/diff?from=${enc(from)}&to=${enc(to)}`),
  uploadBatch: (file: File, name?: string) => {
    const form = new FormData()
    form.set('file', file)
    if (name) form.set('name', name)
    return request<BatchCreated>('/api/batches', { method: 'POST', body: form })
  },
  listBatches: () => request<{ items: BatchDetail[] }>('/api/batches'),
  getBatch: (id: string) => request<BatchDetail>(`/api/batches/${enc(id)}`),
  getBatchRows: (id: string, limit = 1000) =>
    request<{ items: BatchRowView[]; total: number }>(
      `/api/batches/${enc(id)}/rows?limit=${limit}`
    ),
  cancelBatch: (id: string) =>
    request<unknown>(`/api/batches/${enc(id)}/cancel`, { method: 'POST' }),
  getBatchSummary: (id: string) => request<BatchSummary>(`/api/batches/${enc(id)}/summary`),
  getChecklist: () => request<ChecklistState>('/api/checklist'),
  saveProfile: (profile: ChecklistState['profile']) =>
    request<unknown>('/api/checklist/profile', json('PUT', profile)),
  saveAnswer: (itemId: string, answer: ApiAnswer, note?: string) =>
    request<unknown>(
      `/api/checklist/answers/${enc(itemId)}`,
      json('PUT', note ? { answer, note } : { answer })
    ),
}

export const links = {
  report: (id: string, format: ReportFormat) =>
    `/api/scans/${enc(id)}/report?format=${enc(format)}`,
  artifacts: (id: string) => `/api/scans/${enc(id)}/artifacts`,
  batchExport: (id: string, format: BatchExportFormat) =>
    `/api/batches/${enc(id)}/export?format=${enc(format)}`,
  diffHtml: (from: string, to: string) => `/api/diff?from=${enc(from)}&to=${enc(to)}&format=html`,
  scanEvents: (id: string) => `/api/scans/${enc(id)}/events`,
  batchEvents: (id: string) => `/api/batches/${enc(id)}/events`,
}

/**
 * Subscribes to an SSE stream; returns a function that closes it. Data is parsed as JSON.
 * onError runs once when the stream fails or ends before close() was called.
 */
export function subscribe(
  url: string,
  handlers: Record<string, (data: unknown) => void>,
  onError?: () => void
): () => void {
  const controller = new AbortController()
  const run = async () => {
    const response = await fetch(url, {
      headers: { accept: 'text/event-stream', ...authHeaders() },
      credentials: 'same-origin',
      signal: controller.signal,
    })
    if (!response.ok || !response.body) throw new Error(`events: ${response.status}`)
    const parser = new SseParser()
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader()
    for (;;) {
      const { value, done } = await reader.read()
      if (done) break
      for (const event of parser.feed(value)) {
        const handler = handlers[event.event]
        if (!handler) continue
        try {
          handler(JSON.parse(event.data))
        } catch {
          // A malformed event is ignored; the next one or the final GET corrects the view.
        }
      }
    }
  }
  run().then(
    () => {
      if (!controller.signal.aborted) onError?.()
    },
    () => {
      if (!controller.signal.aborted) onError?.()
    }
  )
  return () => controller.abort()
}
