/**
 * In a long-lived process (serve, worker, batch) a scan starts a content worker thread only when
 * its page has scripts to scan: a worker costs ~50 ms of CPU, and most pages a batch meets have
 * none worth it. (A one-off `harbourscan scan` prestarts one instead; see content-worker-start.ts.)
 */
import { mkdtempSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  contentWorkersStarted,
  hasPrestartedWorker,
} from '../../scanner/collectors/scripts/content-worker-start.ts'
import { scan } from '../../scanner/scan.ts'
import { updateDb } from '../../scanner/vulndb/update.ts'
import { startRange, type Range } from '../range/index.ts'
import { PLANTED, libraryFile } from '../range/libraries.ts'
import { SHARED_DATA } from '../vulndb/shared-data.ts'

const dataDir = mkdtempSync(join(tmpdir(), 'harbourscan-worker-start-'))
const jquery = PLANTED.find((lib) => lib.library === 'jquery')!
let range: Range

beforeAll(async () => {
  process.env.HARBOURSCAN_DATA_DIR = dataDir
  const outcome = await updateDb({ dir: join(dataDir, 'db'), now: new Date(), from: SHARED_DATA })
  expect(outcome.failures).toEqual([])
  range = await startRange([
    {
      name: 'no-scripts',
      routes: {
        '/': { body: '<!doctype html><title>plain</title><p>Hello', contentType: 'text/html' },
      },
    },
    {
      name: 'one-script',
      routes: {
        '/': { body: '<!doctype html><script src="/lib.js"></script>', contentType: 'text/html' },
      },
      files: { '/lib.js': libraryFile(jquery) },
    },
  ])
}, 60_000)

afterAll(async () => {
  await range?.close()
  await rm(dataDir, { recursive: true, force: true })
})

describe('content worker start', () => {
  it('starts no worker for a page without scripts, one for a page with a script', async () => {
    expect(hasPrestartedWorker()).toBe(false)
    const before = contentWorkersStarted()
    const plain = await scan(range.site('no-scripts').url, { allowPrivate: true, anyPort: true })
    expect(plain.collected.values.Scripts?.libraries).toEqual([])
    expect(contentWorkersStarted()).toBe(before)

    const withScript = await scan(range.site('one-script').url, {
      allowPrivate: true,
      anyPort: true,
    })
    const found = withScript.collected.values.Scripts?.libraries.map(
      (l) => `${l.library}@${l.version}`
    )
    expect(found).toContain(`jquery@${jquery.version}`)
    expect(contentWorkersStarted()).toBe(before + 1)
  }, 60_000)
})
