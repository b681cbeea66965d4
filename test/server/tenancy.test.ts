import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { OPENAPI } from '../../scanner/server/openapi.ts'
import { startRange, type Range } from '../range/index.ts'
import { presetSites } from '../range/sites.ts'
import { readSse, startTestService, type TestService } from './harness.ts'

/** Organisation A's data is invisible and untouchable for organisation B, route by route. */
describe('tenancy', () => {
  let range: Range
  let s: TestService
  let tokenA: string
  let tokenB: string
  let scanA: string
  let scan2A: string
  let batchA: string

  beforeAll(async () => {
    range = await startRange(presetSites(['clean']))
    s = await startTestService({
      settings: {
        allowPrivate: false,
        isPublic: (ip) => ip === '127.0.0.1',
        extraPorts: [range.site('clean').port],
        caFiles: [range.pki.caFile],
        timeoutMs: 8_000,
      },
    })
    await s.ctx.store.createOrg('org-a')
    await s.ctx.store.createOrg('org-b')
    tokenA = (await s.ctx.store.createToken('org-a')).token
    tokenB = (await s.ctx.store.createToken('org-b')).token
    const url = range.site('clean').url
    scanA = (await (await s.post('/api/scans', { url }, tokenA)).json()).id
    scan2A = (await (await s.post('/api/scans', { url }, tokenA)).json()).id
    batchA = (await (await s.post('/api/batches', { urls: [url] }, tokenA)).json()).id
    for (const id of [scanA, scan2A]) await readSse(s, `/api/scans/${id}/events`, { token: tokenA })
    await readSse(s, `/api/batches/${batchA}/events`, { token: tokenA })
  })
  afterAll(async () => {
    await s?.close()
    await range?.close()
  })

  it('requires a token once tokens exist, and refuses bad or revoked ones', async () => {
    await new Promise((r) => setTimeout(r, 2_100)) // the token-count cache
    const anonymous = await s.api('/api/scans')
    expect(anonymous.status).toBe(401)
    expect(anonymous.headers.get('content-type')).toBe('application/problem+json')
    expect((await s.api('/api/scans', { token: 'hs_nope' })).status).toBe(401)
    const extra = await s.ctx.store.createToken('org-b', 'temp')
    expect((await s.api('/api/scans', { token: extra.token })).status).toBe(200)
    await s.ctx.store.revokeToken(extra.info.id)
    expect((await s.api('/api/scans', { token: extra.token })).status).toBe(401)
    expect((await s.api('/api/health')).status).toBe(200)
  })

  it('owner can read everything it created', async () => {
    expect((await s.api(`/api/scans/${scanA}`, { token: tokenA })).status).toBe(200)
    expect((await s.api(`/api/batches/${batchA}`, { token: tokenA })).status).toBe(200)
  })

  it('refuses every id-bearing route across organisations', async () => {
    const ids: Record<string, string> = { id: scanA, itemId: 'GOV-01' }
    const checked: string[] = []
    for (const [template, ops] of Object.entries(OPENAPI.paths)) {
      if (!template.includes('{id}')) continue
      const isBatch = template.startsWith('/api/batches/')
      const path = template.replace('{id}', isBatch ? batchA : ids.id!)
      for (const method of Object.keys(ops)) {
        const res = await s.api(path, {
          method: method.toUpperCase(),
          token: tokenB,
          headers: { 'content-type': 'application/json' },
          ...(method === 'get' ? {} : { body: '{}' }),
        })
        expect(res.status, `${method} ${template}`).toBe(404)
        expect(res.headers.get('content-type')).toBe('application/problem+json')
        checked.push(`${method} ${template}`)
      }
    }
    expect(checked.length).toBeGreaterThanOrEqual(11)
    const diff = await s.api(`/api/diff?from=${scanA}&to=${scan2A}`, { token: tokenB })
    expect(diff.status).toBe(404)
    // Nothing changed for A: the cancels above did not touch its scan.
    expect((await s.json(`/api/scans/${scanA}`, { token: tokenA })).status).toBe('done')
  })

  it('lists and history never show another organisation', async () => {
    expect((await s.json('/api/scans', { token: tokenB })).items).toEqual([])
    expect((await s.json('/api/scans?target=127.0.0.1', { token: tokenB })).items).toEqual([])
    expect((await s.json('/api/batches', { token: tokenB })).items).toEqual([])
    expect((await s.json('/api/scans', { token: tokenA })).items.length).toBe(3)
  })

  it('keeps checklists per organisation', async () => {
    const put = (token: string, answer: string) =>
      s.api('/api/checklist/answers/GOV-01', {
        method: 'PUT',
        token,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ answer }),
      })
    await put(tokenA, 'yes')
    await put(tokenB, 'no')
    expect((await s.json('/api/checklist', { token: tokenA })).answers['GOV-01'].answer).toBe('yes')
    expect((await s.json('/api/checklist', { token: tokenB })).answers['GOV-01'].answer).toBe('no')
  })
})
