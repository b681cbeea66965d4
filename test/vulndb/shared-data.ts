/** Where the upstream data beside the project lives (../shared/data from the repo root). */
import { join, resolve } from 'node:path'

export const SHARED_DATA = resolve(import.meta.dirname, '../../../shared/data')
export const RETIRE_V5 = join(SHARED_DATA, 'retire', 'jsrepository-v5.json')
export const RETIRE_V6 = join(SHARED_DATA, 'retire', 'jsrepository-v6.json')
export const ENDOFLIFE_DIR = join(SHARED_DATA, 'endoflife')
