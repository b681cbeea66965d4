#!/usr/bin/env node
// The `harbourscan` executable. It runs the bundled CLI (dist/cli/, built by scripts/build-cli.ts
// on `npm ci` and `npm run build`) while that bundle is current, else the TypeScript sources,
// which Node 24 runs directly (see entry.mjs). The compile cache keeps compiled code and
// stripped TypeScript between runs, which cuts start-up by about a third either way.
import module from 'node:module'
import process from 'node:process'
import { URL } from 'node:url'
import { freshBundle } from './entry.mjs'

module.enableCompileCache?.()
await import(freshBundle(new URL('../', import.meta.url), process.env) ?? './cli.ts')
