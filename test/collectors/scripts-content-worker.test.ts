/**
 * The content worker's start-up and protocol: it starts before the data is loaded, hashes the
 * text itself (after CRLF → LF), lets a known hash narrow the patterns, and a spare worker takes
 * new files while the first is stuck in a backtracking regex.
 */
import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import type { VulnDb } from '../../rules/lib/vulndb-types.ts'
import {
  createContentScanner,
  hashIndex,
  type ContentResult,
} from '../../scanner/collectors/scripts/content-scan.ts'
import {
  hasPrestartedWorker,
  prestartContentWorker,
} from '../../scanner/collectors/scripts/content-worker-start.ts'
import { vulnDbOf } from '../rules/software/fixture-db.ts'

const V = '[0-9][0-9.a-z_\\-]+'
const KNOWN_FILE = '/*! Known v2.0.0 */\nvar known = 1 // Other v9.9.9\n'
const sha1 = (text: string) => createHash('sha1').update(text).digest('hex')

const library = (id: string, content: string[], hashes: Record<string, string> = {}) => ({
  id,
  advisories: [],
  detect: { uri: [], filename: [], content, contentReplace: [], hashes, func: [] },
})

function db(): VulnDb {
  return vulnDbOf({
    libraries: {
      known: library('known', [`/\\*! Known v(${V})`], { [sha1(KNOWN_FILE)]: '2.0.0' }),
      other: library('other', [`// Other v(${V})`]),
      evil: library('evil', [`^(a+)+$|evil v(${V})`]),
    },
    skipUris: [],
    compromisedHosts: [],
  })
}

const names = (result: ContentResult) =>
  ('hits' in result ? result.hits : []).map((h) => `${h.library}@${h.version}`).sort()

describe('content worker protocol', () => {
  it('starts before the data is loaded and answers scans sent meanwhile', async () => {
    let provide: (value: VulnDb) => void = () => undefined
    const later = new Promise<VulnDb>((resolve) => (provide = resolve))
    const scanner = createContentScanner(later)
    try {
      const pending = scanner.scan('/*! Known v2.0.0 */')
      provide(db())
      expect(names(await pending)).toEqual(['known@2.0.0'])
    } finally {
      await scanner.close()
    }
  })

  it('scans nothing, without failing, when there is no data', async () => {
    const scanner = createContentScanner(Promise.resolve(undefined))
    try {
      expect(await scanner.scan('/*! Known v2.0.0 */')).toEqual({ hits: [] })
    } finally {
      await scanner.close()
    }
  })

  it('hashes the text with LF line ends, and a known hash narrows the patterns', async () => {
    const scanner = createContentScanner(db())
    try {
      const crlf = KNOWN_FILE.replace(/\n/g, '\r\n')
      const hashed = await scanner.scan(crlf, undefined, { hash: true })
      expect(hashed.sha1).toBe(sha1(KNOWN_FILE))
      expect(names(hashed)).toEqual(['known@2.0.0'])
      // Without the hash step every library's patterns run on the same text.
      const plain = await scanner.scan(crlf)
      expect(plain.sha1).toBeUndefined()
      expect(names(plain)).toEqual(['known@2.0.0', 'other@9.9.9'])
      // An unknown hash narrows nothing.
      const edited = await scanner.scan(`${KNOWN_FILE} `, undefined, { hash: true })
      expect(edited.sha1).toBe(sha1(`${KNOWN_FILE} `))
      expect(names(edited)).toEqual(['known@2.0.0', 'other@9.9.9'])
    } finally {
      await scanner.close()
    }
  })

  it('keeps the hash of a file whose patterns time out', async () => {
    const scanner = createContentScanner(db(), { budgetMs: 500 })
    try {
      const evil = `${'a'.repeat(40)}!`
      expect(await scanner.scan(evil, undefined, { hash: true })).toEqual({
        timedOut: true,
        sha1: sha1(evil),
      })
    } finally {
      await scanner.close()
    }
  })

  it('gives new files to a spare worker while the first is stuck on a backtracking file', async () => {
    const scanner = createContentScanner(db(), { budgetMs: 20_000, size: 2 })
    // Ends the stuck scan the way the collector's time budget does.
    const stop = new AbortController()
    let evilSettled = false
    const evil = scanner.scan(`${'a'.repeat(40)}!`, stop.signal).finally(() => (evilSettled = true))
    try {
      // Let the first worker start and get stuck (well past SPARE_AFTER_MS).
      await new Promise((resolve) => setTimeout(resolve, 1_500))
      expect(names(await scanner.scan('/*! Known v3.1.0 */'))).toEqual(['known@3.1.0'])
      expect(evilSettled).toBe(false)
    } finally {
      stop.abort()
      expect(await evil).toEqual({ timedOut: true })
      await scanner.close()
    }
  }, 30_000)
})

describe('a worker started ahead of the scanner', () => {
  it('is adopted by the next content scanner, which then scans with it', async () => {
    prestartContentWorker()
    expect(hasPrestartedWorker()).toBe(true)
    const scanner = createContentScanner(db())
    try {
      expect(hasPrestartedWorker()).toBe(false)
      expect(names(await scanner.scan('/*! Known v6.0.0 */'))).toEqual(['known@6.0.0'])
    } finally {
      await scanner.close()
    }
  })
})

describe('hashIndex', () => {
  it('maps each known SHA-1 to its libraries', () => {
    expect(hashIndex(db())).toEqual({ [sha1(KNOWN_FILE)]: ['known'] })
  })
})

describe('bodies handed over as bytes', () => {
  it('decodes them in the worker by the charset and hashes the decoded text', async () => {
    const scanner = createContentScanner(db())
    try {
      const bytes = new Uint8Array(Buffer.from('/*! Known v4.0.0 caf\xe9 */', 'latin1'))
      const result = await scanner.scan(
        { bytes, contentType: 'text/javascript; charset=iso-8859-1' },
        undefined,
        { hash: true }
      )
      expect(names(result)).toEqual(['known@4.0.0'])
      expect(result.sha1).toBe(sha1('/*! Known v4.0.0 café */'))
      // The bytes were moved to the worker, not copied.
      expect(bytes.byteLength).toBe(0)
    } finally {
      await scanner.close()
    }
  })

  it('copies a view into a shared buffer instead of detaching memory others use', async () => {
    const scanner = createContentScanner(db())
    try {
      const pooled = Buffer.from('/*! Known v5.0.0 */') // a slice of Node's shared pool
      expect(pooled.byteLength).toBeLessThan(pooled.buffer.byteLength)
      const result = await scanner.scan({ bytes: pooled, contentType: '' })
      expect(names(result)).toEqual(['known@5.0.0'])
      expect(pooled.toString()).toBe('/*! Known v5.0.0 */')
      expect(Buffer.from('still usable').toString()).toBe('still usable')
    } finally {
      await scanner.close()
    }
  })
})
