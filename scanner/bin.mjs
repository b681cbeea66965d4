#!/usr/bin/env node
// The `harbourscan` executable. It runs the bundled CLI (dist/cli/, built by scripts/build-cli.ts
// on `npm ci` and `npm run build`) while that bundle is current, else the TypeScript sources,
// which Node 24 runs directly (see entry.mjs). The compile cache keeps compiled code and
// stripped TypeScript between runs, which cuts start-up by about a third either way.
// (Builtins through process.getBuiltinModule: their ES module facades load unused subsystems.)
/* global process, URL */
import { freshBundle } from './entry.mjs'

process.getBuiltinModule('node:module').enableCompileCache?.()
await import(freshBundle(new URL('../', import.meta.url), process.env) ?? './cli.ts')
