/** The gate that lets script fetches run ahead of the content worker, up to a number of bytes. */
import { describe, expect, it } from 'vitest'
import { createByteGate } from '../../scanner/collectors/scripts/byte-gate.ts'

const settled = async (promise: Promise<void>) => {
  let done = false
  void promise.then(() => (done = true))
  // Two turns of the microtask queue: enough for an already-resolved gate to report.
  await Promise.resolve()
  await Promise.resolve()
  return done
}

describe('createByteGate', () => {
  it('admits while under the limit and holds new fetches once it is reached', async () => {
    const gate = createByteGate(100)
    expect(await settled(gate.admit())).toBe(true)
    gate.hold(60)
    expect(await settled(gate.admit())).toBe(true)
    gate.hold(60)
    const first = gate.admit()
    const second = gate.admit()
    expect(await settled(first)).toBe(false)
    gate.free(10) // 110 held: still at the limit
    expect(await settled(first)).toBe(false)
    gate.free(60) // 50 held: both waiting fetches may go
    expect(await settled(first)).toBe(true)
    expect(await settled(second)).toBe(true)
    expect(gate.held).toBe(50)
  })
})
