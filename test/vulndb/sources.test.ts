/** Local sources: a folder holding a -combined file plus jsrepository-backdoored.json; tarballs. */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, describe, expect, it } from 'vitest'
import { readDataSet } from '../../scanner/vulndb/store.ts'
import { readTarGz } from '../../scanner/vulndb/tar.ts'
import { updateDb } from '../../scanner/vulndb/update.ts'

const dir = mkdtempSync(join(tmpdir(), 'harbourscan-sources-'))
afterAll(() => rm(dir, { recursive: true, force: true }))

const lib = {
  extractors: { filecontent: ['/\\*! Lib v(§§version§§)'] },
  vulnerabilities: [{ below: '2.0.0', severity: 'high', identifiers: { CVE: ['CVE-1'] } }],
}

describe('local sources', () => {
  it('prefers the newest Retire.js file in a folder and merges the backdoored list beside it', async () => {
    const repo = join(dir, 'repo')
    mkdirSync(repo)
    writeFileSync(join(repo, 'jsrepository-v4.json'), JSON.stringify({ old: lib }))
    writeFileSync(
      join(repo, 'jsrepository-v5-combined.json'),
      JSON.stringify({ advisories: { lib }, backdoored: {} })
    )
    writeFileSync(
      join(repo, 'jsrepository-backdoored.json'),
      JSON.stringify({
        'evil.example': [
          {
            summary: 's',
            severity: 'critical',
            extractors: ['^https://evil\\.example/'],
            info: [],
          },
        ],
      })
    )
    writeFileSync(join(repo, 'LICENSE.md'), 'Apache License 2.0 text')
    const out = await updateDb({
      dir: join(dir, 'db'),
      now: new Date('2026-11-01T00:00:00Z'),
      from: repo,
    })
    expect(out.failures).toEqual([])
    const db = (await readDataSet(join(dir, 'db'), 'vulndb'))!
    expect(Object.keys(db.libraries)).toEqual(['lib'])
    expect(db.meta.origin).toBe('jsrepository-v5-combined.json')
    expect(db.compromisedHosts.map((h) => h.id)).toEqual(['evil.example'])
    expect(readFileSync(join(dir, 'db', 'retire-LICENSE.md'), 'utf8')).toContain('Apache')
  })

  it('refuses a corrupt file and keeps the previous data', async () => {
    const bad = join(dir, 'jsrepository.json')
    writeFileSync(bad, '{"not": "a repository"')
    const out = await updateDb({ dir: join(dir, 'db'), now: new Date(), from: bad })
    expect(out.failures[0]).toMatch(/^retire: /)
    expect(Object.keys((await readDataSet(join(dir, 'db'), 'vulndb'))!.libraries)).toEqual(['lib'])
  })
})

describe('readTarGz', () => {
  it('reads ustar and pax long names and extracts only wanted files', () => {
    const root = join(dir, 'tar')
    const long = `package/${'deep/'.repeat(25)}data.json`
    mkdirSync(join(root, long, '..'), { recursive: true })
    writeFileSync(join(root, long), '{"a":1}')
    writeFileSync(join(root, 'package', 'LICENSE'), 'MIT')
    const tgz = join(dir, 'p.tgz')
    execFileSync('tar', ['--format=pax', '-czf', tgz, '-C', root, 'package'])
    const entries = readTarGz(
      readFileSync(tgz),
      (p) => p.endsWith('.json') || p.endsWith('LICENSE')
    )
    expect(entries.map((e) => [e.path, e.data.toString()]).sort()).toEqual([
      ['package/LICENSE', 'MIT'],
      [long, '{"a":1}'],
    ])
  })

  it('rejects a tarball that unpacks beyond the cap', () => {
    expect(() => readTarGz(gzipSync(Buffer.alloc(65 * 1024 * 1024)), () => true)).toThrow()
  })
})
