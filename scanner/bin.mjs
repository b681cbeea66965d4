#!/usr/bin/env node
// The `harbourscan` executable. Node 24 runs the TypeScript sources directly; the compile cache
// keeps the stripped and compiled modules between runs, which cuts start-up by about a third.
import module from 'node:module'

module.enableCompileCache?.()
await import('./cli.ts')
