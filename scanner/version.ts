import { PACKAGE_JSON } from './paths.ts'

/** The package version, read once (kept out of hot paths). */
export const SCANNER_VERSION: string = PACKAGE_JSON.version
