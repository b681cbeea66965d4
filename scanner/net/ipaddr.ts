import { createRequire } from 'node:module'
import type ipaddrModule from 'ipaddr.js'

/**
 * ipaddr.js through require(): importing a CommonJS package from ESM makes Node scan its source
 * for export names on every start (about 8 ms of CPU); require() does not.
 */
export const ipaddr = createRequire(import.meta.url)('ipaddr.js') as typeof ipaddrModule
