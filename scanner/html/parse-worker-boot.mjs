// Worker entry for parse-worker.ts. A worker thread starts without the compile cache that bin.mjs
// turns on for the main thread, so loading the TypeScript entry directly would strip its types
// again (loading the TypeScript transpiler) in every worker; turning the cache on first reuses
// the stripped, compiled modules from disk.
import module from 'node:module'

module.enableCompileCache?.()
await import('./parse-worker.ts')
