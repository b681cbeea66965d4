/**
 * One process, several --ca sets (as the server and the batch runner scan): each scan trusts
 * Node's bundled roots plus its own --ca files, never another scan's, in whatever order the scans
 * run and whether or not an earlier scan already parsed every root.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { TlsHandshakeFacts } from '../../scanner/artifacts.ts'
import { collect } from '../../scanner/collect.ts'
import { tlsHandshakeCollector } from '../../scanner/collectors/tls-handshake.ts'
import { scanOptionsFor } from '../../scanner/scan.ts'
import { parseTarget } from '../../scanner/target.ts'
import { createTestPki, startRange, type Range } from '../range/index.ts'

let a: Range
let b: Range

beforeAll(async () => {
  a = await startRange([{ name: 'a', tls: { cert: 'valid' } }])
  // Another host list is another PKI, so another root (createTestPki caches per host list).
  const otherPki = await createTestPki({ hosts: ['localhost', '127.0.0.1', '127.0.0.3'] })
  b = await startRange(
    [
      { name: 'b', tls: { cert: 'valid' } },
      { name: 'b-incomplete', tls: { cert: 'incomplete-chain' } },
    ],
    { pki: otherPki }
  )
  expect(a.pki.rootPem).not.toBe(b.pki.rootPem)
})
afterAll(async () => {
  await Promise.all([a?.close(), b?.close()])
})

async function handshake(port: number, caFiles: string[]): Promise<TlsHandshakeFacts> {
  const target = parseTarget(`https://localhost:${port}/`)
  const options = scanOptionsFor(target, {
    allowPrivate: true,
    anyPort: true,
    caFiles,
    resolve: new Map([[`localhost:${port}`, '127.0.0.1']]),
    timeoutMs: 20_000,
  })
  const collected = await collect(target, options, { collectors: [tlsHandshakeCollector] })
  const facts = collected.values.TlsHandshake
  if (!facts) throw new Error(`no handshake: ${JSON.stringify(collected.errors)}`)
  return facts
}

const verified = async (port: number, caFiles: string[]) =>
  (await handshake(port, caFiles)).trust.chainVerified

describe('trust with different --ca sets in one process', () => {
  it('trusts each range only with its own root, one scan after another', async () => {
    const port = { a: a.site('a').port, b: b.site('b').port }
    expect(await verified(port.a, [a.pki.caFile])).toBe(true)
    // The first untrusted verdict parses every root; later stores must not inherit a's root.
    expect(await verified(port.b, [a.pki.caFile])).toBe(false)
    expect(await verified(port.b, [b.pki.caFile])).toBe(true)
    expect(await verified(port.a, [b.pki.caFile])).toBe(false)
    expect(await verified(port.a, [])).toBe(false)
    expect(await verified(port.b, [])).toBe(false)
    expect(await verified(port.a, [b.pki.caFile, a.pki.caFile])).toBe(true)
    expect(await verified(port.a, [a.pki.caFile])).toBe(true)
  })

  it('keeps the sets apart when the scans run at the same time', async () => {
    const port = { a: a.site('a').port, b: b.site('b').port }
    const cases: Array<[number, string[], boolean]> = [
      [port.a, [a.pki.caFile], true],
      [port.b, [a.pki.caFile], false],
      [port.b, [b.pki.caFile], true],
      [port.a, [b.pki.caFile], false],
      [port.a, [], false],
      [port.b, [a.pki.caFile, b.pki.caFile], true],
    ]
    const got = await Promise.all(cases.map(([p, ca]) => verified(p, ca)))
    expect(got).toEqual(cases.map(([, , want]) => want))
  })

  it('marks the served certificates and the chain verdicts per set', async () => {
    const trusted = await handshake(b.site('b').port, [b.pki.caFile])
    expect(trusted.trust).toMatchObject({ chainVerified: true, issuerMissing: false })
    expect(trusted.chain).toHaveLength(2)
    const untrusted = await handshake(b.site('b').port, [a.pki.caFile])
    expect(untrusted.trust).toMatchObject({
      chainVerified: false,
      missingIntermediate: false,
      issuerMissing: true,
    })
  })

  it('finds the incomplete chain (AIA) only under the root that completes it', async () => {
    const port = b.site('b-incomplete').port
    const own = await handshake(port, [b.pki.caFile])
    expect(own.chain).toHaveLength(1)
    expect(own.trust).toMatchObject({
      chainVerified: false,
      missingIntermediate: true,
      aia: { fetched: true },
    })
    const foreign = await handshake(port, [a.pki.caFile])
    expect(foreign.trust).toMatchObject({
      chainVerified: false,
      missingIntermediate: false,
      issuerMissing: true,
    })
  })
})
