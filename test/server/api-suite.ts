import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ServiceConfig } from '../../scanner/server/service.ts'
import { startHostile, type HostileServer } from '../range/hostile.ts'
import { startRange, type Range } from '../range/index.ts'
import { presetSites } from '../range/sites.ts'
import { readSse, startTestService, waitFor, type TestService } from './harness.ts'

const PROBLEM = 'application/problem+json'

/** The HTTP API over real HTTP, against whichever store/queue `config` selects. */
export function apiSuite(
  name: string,
  config: () => Promise<Partial<ServiceConfig> & { cleanup?: () => Promise<void> }>
) {
  describe(`API over HTTP: ${name}`, () => {
    let range: Range
    let silent: HostileServer
    let s: TestService
    let cleanup: (() => Promise<void>) | undefined
    let clean: string

    beforeAll(async () => {
      range = await startRange(presetSites(['clean', 'no-hsts']))
      silent = await startHostile('silent', { maxLifetimeMs: 20_000 })
      const { cleanup: c, ...extra } = await config()
      cleanup = c
      s = await startTestService({
        ...extra,
        settings: {
          allowPrivate: false,
          isPublic: (ip) => ip === '127.0.0.1',
          extraPorts: [...Object.values(range.sites).map((x) => x.port), silent.port],
          caFiles: [range.pki.caFile],
          timeoutMs: 8_000,
        },
      })
      clean = range.site('clean').url
    })
    afterAll(async () => {
      await s?.close()
      await cleanup?.()
      await silent?.close()
      await range?.close()
    })

    it('serves health, the OpenAPI document and the docs page', async () => {
      expect(await s.json('/api/health')).toMatchObject({ status: 'ok' })
      const doc = await s.json('/api/openapi.json')
      expect(doc.openapi).toBe('3.1.0')
      const docs = await s.api('/api/docs')
      expect(docs.headers.get('content-type')).toMatch(/text\/html/)
      expect(await docs.text()).not.toMatch(/<script/i)
    })

    it('scans a site: 202, progress events, result, reports in every format', async () => {
      const res = await s.post('/api/scans', { url: clean })
      expect(res.status).toBe(202)
      const created = await res.json()
      expect(created).toMatchObject({
        status: 'queued',
        url: clean,
        links: { self: `/api/scans/${created.id}` },
      })
      const events = await readSse(s, `/api/scans/${created.id}/events`)
      expect(events.at(-1)).toEqual({ event: 'status', data: { status: 'done' } })
      const scan = await s.json(`/api/scans/${created.id}`)
      expect(scan.status).toBe('done')
      expect(scan.result.grades.overall.letter).toBeTruthy()
      expect(scan.progress.done).toBe(scan.progress.total)
      const again = await readSse(s, `/api/scans/${created.id}/events`)
      expect(again.at(-1)).toEqual({ event: 'status', data: { status: 'done' } })
      for (const [format, type] of [
        ['json', 'application/json'],
        ['html', 'text/html'],
        ['csv', 'text/csv'],
        ['sarif', 'application/sarif+json'],
      ] as const) {
        const report = await s.api(`/api/scans/${created.id}/report?format=${format}`)
        expect(report.status, format).toBe(200)
        expect(report.headers.get('content-type')).toContain(type)
        expect(report.headers.get('content-disposition')).toMatch(/^attachment; filename=/)
        expect((await report.text()).length).toBeGreaterThan(10)
      }
      const pdf = await s.api(`/api/scans/${created.id}/report?format=pdf`)
      expect(pdf.status).toBe(200)
      expect(pdf.headers.get('content-type')).toBe('application/pdf')
      expect(
        Buffer.from(await pdf.arrayBuffer())
          .subarray(0, 5)
          .toString()
      ).toBe('%PDF-')
      const artifacts = await s.json(`/api/scans/${created.id}/artifacts`)
      expect(artifacts.target.url).toBe(clean)
      const bad = await s.api(`/api/scans/${created.id}/report?format=exe`)
      expect(bad.status).toBe(400)
      expect(bad.headers.get('content-type')).toBe(PROBLEM)
    })

    it('keeps history per target and diffs two scans', async () => {
      const ids: string[] = []
      for (let i = 0; i < 2; i++) {
        const { id } = await (await s.post('/api/scans', { url: range.site('no-hsts').url })).json()
        await readSse(s, `/api/scans/${id}/events`)
        ids.push(id)
      }
      const history = await s.json(
        `/api/scans?target=${encodeURIComponent(range.site('no-hsts').url)}&limit=1`
      )
      expect(history.items).toHaveLength(1)
      expect(history.items[0]).toMatchObject({
        id: ids[1],
        status: 'done',
        grades: { overall: expect.any(String) },
      })
      const page2 = await s.json(`/api/scans?target=127.0.0.1&limit=1&cursor=${history.next}`)
      expect(page2.items[0].id).toBe(ids[0])
      const diff = await s.json(`/api/diff?from=${ids[0]}&to=${ids[1]}`)
      expect(diff).toBeTypeOf('object')
      const html = await s.api(`/api/diff?from=${ids[0]}&to=${ids[1]}&format=html`)
      expect(html.status).toBe(200)
    })

    it('refuses bad input with problem details', async () => {
      for (const [url, code] of [
        ['javascript:alert(1)', 'E_TARGET_SCHEME'],
        ['https://user:pw@example.com/', 'E_TARGET_CREDENTIALS'],
        ['', 'E_TARGET_EMPTY'],
        ['https://example.com:6379/', 'E_PORT_NOT_ALLOWED'],
      ]) {
        const res = await s.post('/api/scans', { url })
        expect(res.status, url).toBe(400)
        expect(res.headers.get('content-type')).toBe(PROBLEM)
        expect(await res.json()).toMatchObject({
          status: 400,
          code,
          title: expect.any(String),
          detail: expect.any(String),
        })
      }
      const form = await s.api('/api/scans', {
        method: 'POST',
        body: 'url=x',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      })
      expect(form.status).toBe(415)
      expect((await s.api('/api/scans/nope')).status).toBe(404)
      expect((await s.api('/api/nothing-here')).status).toBe(404)
      const codeOf = async (res: Response) => [res.status, (await res.json()).code]
      expect(await codeOf(await s.api('/api/scans?limit=0'))).toEqual([400, 'E_BAD_PARAMETER'])
      const noBoundary = await s.api('/api/batches', {
        method: 'POST',
        body: 'not a form',
        headers: { 'content-type': 'multipart/form-data' },
      })
      expect(await codeOf(noBoundary)).toEqual([400, 'E_BATCH_INVALID'])
      const openQuote = new FormData()
      openQuote.set('file', new Blob(['a.hk\n"b.hk\nc.hk\n']), 'members.csv')
      const unclosed = await s.api('/api/batches', { method: 'POST', body: openQuote })
      expect(unclosed.status).toBe(400)
      expect(await unclosed.json()).toMatchObject({
        code: 'E_BATCH_INVALID',
        detail: expect.stringMatching(/^Line 2 opens a quoted field/),
      })
    })

    it('runs a JSON batch: duplicates and invalid rows reported, rows, summary, exports, SSE', async () => {
      const urls = [clean, range.site('no-hsts').url, clean, 'ftp://x', `${clean}?b`]
      const res = await s.post('/api/batches', { name: 'members', urls })
      expect(res.status).toBe(202)
      const b = await res.json()
      expect(b).toMatchObject({
        total: 5,
        accepted: 3,
        duplicates: [{ row: 3, input: clean, firstRow: 1 }],
      })
      expect(b.invalid).toEqual([
        { row: 4, input: 'ftp://x', code: 'E_TARGET_SCHEME', reason: expect.any(String) },
      ])
      const events = await readSse(s, `/api/batches/${b.id}/events`)
      expect(events.at(-1)).toEqual({ event: 'status', data: { status: 'done' } })
      expect(events.some((e) => e.event === 'progress')).toBe(true)
      const view = await s.json(`/api/batches/${b.id}`)
      expect(view).toMatchObject({
        id: b.id,
        name: 'members',
        status: 'done',
        counts: { total: 5, done: 3, queued: 0 },
      })
      const rows = await s.json(`/api/batches/${b.id}/rows?limit=10`)
      expect(rows.total).toBe(5)
      expect(rows.items.map((r: { row: number; status: string }) => [r.row, r.status])).toEqual([
        [1, 'done'],
        [2, 'done'],
        [3, 'duplicate'],
        [4, 'invalid'],
        [5, 'done'],
      ])
      expect(rows.items[0].grade).toBeTruthy()
      const onlyInvalid = await s.json(`/api/batches/${b.id}/rows?status=invalid`)
      expect(onlyInvalid.items).toHaveLength(1)
      // Pages interleave scans and unscanned rows in input order; totals follow the filter.
      const page = await s.json(`/api/batches/${b.id}/rows?offset=2&limit=2`)
      expect(page.total).toBe(5)
      expect(page.items.map((r: { row: number }) => r.row)).toEqual([3, 4])
      const done = await s.json(`/api/batches/${b.id}/rows?status=done&offset=1&limit=1`)
      expect(done.total).toBe(3)
      expect(done.items.map((r: { row: number }) => r.row)).toEqual([2])
      const summary = await s.json(`/api/batches/${b.id}/summary`)
      expect(summary.total).toBe(3)
      for (const format of ['csv', 'html', 'json']) {
        const exp = await s.api(`/api/batches/${b.id}/export?format=${format}`)
        expect(exp.status, format).toBe(200)
        expect(exp.headers.get('content-disposition')).toContain('attachment')
      }
      expect((await s.json('/api/batches')).items.some((x: { id: string }) => x.id === b.id)).toBe(
        true
      )
    })

    it('accepts a CSV upload and is idempotent', async () => {
      const csv = `name,website\nClean,${clean}\n"Quoted, Ltd",${range.site('no-hsts').url}\nBad,not a url\n`
      const upload = () => {
        const form = new FormData()
        form.set('file', new Blob([csv], { type: 'text/csv' }), 'members.csv')
        return s.api('/api/batches', {
          method: 'POST',
          body: form,
          headers: { 'idempotency-key': 'members-2026-11' },
        })
      }
      const first = await (await upload()).json()
      expect(first).toMatchObject({ total: 3, accepted: 2 })
      expect(first.invalid[0]).toMatchObject({ row: 3, input: 'not a url' })
      const second = await upload()
      expect(second.status).toBe(202)
      const replay = await second.json()
      expect(replay).toMatchObject({ id: first.id, replayed: true, invalid: first.invalid })
      // The same key with another list is refused; the stored batch is untouched.
      const other = new FormData()
      other.set('file', new Blob(['website\nother.example.com\n']), 'other.csv')
      const reused = await s.api('/api/batches', {
        method: 'POST',
        body: other,
        headers: { 'idempotency-key': 'members-2026-11' },
      })
      expect(reused.status).toBe(422)
      expect((await reused.json()).code).toBe('E_IDEMPOTENCY_KEY_REUSED')
      const view = await waitFor(async () => {
        const v = await s.json(`/api/batches/${first.id}`)
        return v.status === 'done' ? v : undefined
      })
      expect(view.counts.done).toBe(2)
    })

    it('cancels a running scan and a queued batch', async () => {
      const { id } = await (await s.post('/api/scans', { url: silent.url })).json()
      await waitFor(async () => (await s.json(`/api/scans/${id}`)).status === 'running')
      const res = await s.api(`/api/scans/${id}/cancel`, { method: 'POST' })
      expect(res.status).toBe(202)
      expect(await res.json()).toEqual({ id, status: 'cancelled' })
      const events = await readSse(s, `/api/scans/${id}/events`)
      expect(events.at(-1)).toEqual({ event: 'status', data: { status: 'cancelled' } })
      const b = await (
        await s.post('/api/batches', { urls: [silent.url, `${silent.url}a`, `${silent.url}b`] })
      ).json()
      const cancel = await s.api(`/api/batches/${b.id}/cancel`, { method: 'POST' })
      expect(cancel.status).toBe(202)
      const view = await waitFor(async () => {
        const v = await s.json(`/api/batches/${b.id}`)
        return v.status === 'cancelled' ? v : undefined
      })
      expect(view.counts.cancelled).toBe(3)
    })

    it('stores checklist answers per organisation', async () => {
      const put = (p: string, body: unknown) =>
        s.api(p, {
          method: 'PUT',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        })
      expect(
        (
          await put('/api/checklist/profile', {
            sector: 'retail',
            hasWebsite: true,
            systems: ['pos'],
          })
        ).status
      ).toBe(200)
      expect(
        (await put('/api/checklist/answers/GOV-01', { answer: 'partly', note: 'draft policy' }))
          .status
      ).toBe(200)
      expect((await put('/api/checklist/answers/GOV-02', { answer: 'maybe' })).status).toBe(400)
      const checklist = await s.json('/api/checklist')
      expect(checklist.profile).toEqual({ sector: 'retail', hasWebsite: true, systems: ['pos'] })
      expect(checklist.answers['GOV-01']).toMatchObject({
        answer: 'partly',
        note: 'draft policy',
        updatedAt: expect.any(String),
      })
    })
  })
}
