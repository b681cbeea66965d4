import os from 'node:os'

/**
 * Where the range keeps what is slow to make and the same on every run (DH groups, files packed
 * from npm): the machine's temp folder, even while a test run points TMPDIR at a folder of its own
 * (test/tmp-folder.ts), which is removed at the end of the run.
 */
export const machineCacheDir = (): string => process.env.HARBOURSCAN_TEST_CACHE_DIR ?? os.tmpdir()
