/**
 * Vitest global setup: the run's temp files (range CA folders, fixtures, saved scans) go into one
 * folder, removed when the run ends. Test processes are stopped by the pool without their 'exit'
 * handlers, so cleanup inside them cannot be relied on. Set here, before the pool starts, TMPDIR
 * reaches every test process. Slow, reusable files stay in the machine's temp folder
 * (test/range/cache-dir.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export default function setup(): () => void {
  const machine = os.tmpdir()
  const run = mkdtempSync(path.join(machine, 'harbourscan-test-'))
  process.env.HARBOURSCAN_TEST_CACHE_DIR ??= machine
  process.env.TMPDIR = run
  return () => rmSync(run, { recursive: true, force: true })
}
