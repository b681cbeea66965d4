import type { AnyRule } from '../types.ts'
import { cmsEndOfLife } from './cms-end-of-life.ts'
import { cmsOutdated } from './cms-outdated.ts'
import { jsLibraryEndOfLife } from './js-library-end-of-life.ts'
import { jsLibraryFromCompromisedCdn } from './js-library-from-compromised-cdn.ts'
import { jsLibraryVulnerable } from './js-library-vulnerable.ts'
import { serverSoftwareEndOfLife } from './server-software-end-of-life.ts'
import { serverSoftwareOutdated } from './server-software-outdated.ts'

export const softwareRules: AnyRule[] = [
  cmsEndOfLife,
  cmsOutdated,
  jsLibraryEndOfLife,
  jsLibraryFromCompromisedCdn,
  jsLibraryVulnerable,
  serverSoftwareEndOfLife,
  serverSoftwareOutdated,
]
