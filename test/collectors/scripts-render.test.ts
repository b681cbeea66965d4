/**
 * With --render, Retire.js `func` checks run in real Chromium and add runtime evidence, ranked
 * below the content banner; a page that fakes a global only adds a low-confidence entry.
 */
import { mkdtempSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { collect } from '../../scanner/collect.ts'
import { mainResponseCollector } from '../../scanner/collectors/main-response.ts'
import { redirectChainCollector } from '../../scanner/collectors/redirect-chain.ts'
import { renderedPageCollector } from '../../scanner/collectors/rendered-page.ts'
import { scriptsCollector } from '../../scanner/collectors/scripts.ts'
import { makePolicy } from '../../scanner/net/address-policy.ts'
import { parseTarget } from '../../scanner/target.ts'
import { updateDb } from '../../scanner/vulndb/update.ts'
import { startRange, type Range } from '../range/index.ts'
import { PLANTED, libraryFile } from '../range/libraries.ts'
import { RETIRE_V6 } from '../vulndb/shared-data.ts'

const dataDir = mkdtempSync(join(tmpdir(), 'harbourscan-render-'))
let range: Range

beforeAll(async () => {
  process.env.HARBOURSCAN_DATA_DIR = dataDir
  await updateDb({ dir: join(dataDir, 'db'), now: new Date(), from: RETIRE_V6 })
  const jquery = libraryFile(PLANTED.find((l) => l.library === 'jquery')!)
  const page = `<!doctype html><title>r</title><script src="/app.js"></script>
<script>window.DOMPurify = { version: '2.0.7', sanitize: function () {} }</script>`
  range = await startRange([
    {
      name: 'render',
      routes: { '/': { body: page, contentType: 'text/html' } },
      files: { '/app.js': jquery },
    },
  ])
}, 120_000)

afterAll(async () => {
  await range?.close()
  await rm(dataDir, { recursive: true, force: true })
})

it('adds runtime evidence from the func checks', async () => {
  const site = range.site('render')
  const policy = makePolicy({ allowPrivate: true, allowedPorts: new Set([site.port]) })
  const collected = await collect(
    parseTarget(site.url),
    { policy, caFiles: [], timeoutMs: 60_000, render: true },
    {
      collectors: [
        redirectChainCollector,
        mainResponseCollector,
        renderedPageCollector,
        scriptsCollector,
      ],
    }
  )
  expect(collected.errors).toEqual({})
  expect(collected.skipped ?? {}).toEqual({})
  const libs = collected.values.Scripts!.libraries
  const jquery = libs.find((l) => l.library === 'jquery')!
  expect(jquery).toMatchObject({ version: '1.12.4', confidence: 'high' })
  expect(jquery.evidence.map((e) => e.method)).toEqual(['filecontent', 'runtime'])
  // Only a global says so: kept, but as low confidence.
  expect(libs.find((l) => l.library === 'DOMPurify')).toMatchObject({
    version: '2.0.7',
    confidence: 'low',
  })
}, 90_000)
