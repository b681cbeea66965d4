import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll } from 'vitest'
import { openStore, type Store } from '../../scanner/store/index.ts'

/**
 * An embedded store in a folder of its own, opened before the tests of the calling describe block
 * (with the local organisation) and closed and removed after them.
 */
export function useTempStore(): { readonly store: Store; readonly org: string } {
  let dir = ''
  let store: Store | undefined
  let org = ''
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'hs-store-'))
    store = await openStore({ dataDir: dir })
    org = (await store.ensureOrg('local')).id
  })
  afterAll(async () => {
    await store?.close()
    rmSync(dir, { recursive: true, force: true })
  })
  return {
    get store() {
      return store!
    },
    get org() {
      return org
    },
  }
}
