/**
 * `db update`: gather upstream data (local path, npm package or online feeds), convert, validate,
 * write atomically. A failure leaves what was loaded untouched.
 */
import { readFileSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import type { EolDb, VulnDb } from '../../rules/lib/vulndb-types.ts'
import { buildEolDb, buildVulnDb } from './build.ts'
import type { Origin } from './build.ts'
import { fetchNpmData } from './npm.ts'
import { fetchEndoflifeOnline, fetchRetireOnline } from './online.ts'
import { importRetire } from './retire-import.ts'
import { resolveFromPath } from './sources.ts'
import type { LicenseText } from './store.ts'
import { readDataSet, writeDataSet } from './store.ts'

export interface UpdateOptions {
  dir: string
  now: Date
  from?: string
  npm?: string
  /** Label and provenance overrides for --from (upstream commit and date are not in the files). */
  commit?: string
  upstreamDate?: string
}

export interface UpdateOutcome {
  lines: string[]
  /** Sources that failed, with a message; the previous data stays in place for them. */
  failures: string[]
}

const given = (o: UpdateOptions): Partial<Origin> => ({
  ...(o.commit ? { version: o.commit } : {}),
  ...(o.upstreamDate ? { upstreamDate: o.upstreamDate, upstreamDateFrom: 'given' } : {}),
})

async function saveVuln(
  o: UpdateOptions,
  bytes: Buffer,
  from: Origin,
  licenses: LicenseText[],
  extra?: Buffer
) {
  const { db, rejected, shape } = buildVulnDb(
    bytes,
    from,
    o.now,
    licenses.map((l) => l.name)
  )
  if (extra) {
    const hosts = importRetire(JSON.parse(extra.toString('utf8'))).compromisedHosts
    if (hosts.length) db.compromisedHosts = hosts
  }
  await writeDataSet(o.dir, 'vulndb', db, licenses)
  return `vulndb: ${Object.keys(db.libraries).length} libraries, ${countAdvisories(db)} advisories, ${db.compromisedHosts.length} compromised-host entries from ${from.origin} (${shape}; ${rejected.length} entries rejected)`
}

async function saveEol(
  o: UpdateOptions,
  data: Parameters<typeof buildEolDb>[0],
  hash: string,
  from: Origin,
  licenses: LicenseText[]
) {
  const db = buildEolDb(
    data,
    hash,
    from,
    o.now,
    licenses.map((l) => l.name)
  )
  await writeDataSet(o.dir, 'eoldb', db, licenses)
  return `eoldb: ${data.length} products from ${from.origin}, data as of ${db.meta.upstreamDate ?? 'unknown'}`
}

const countAdvisories = (db: VulnDb) =>
  Object.values(db.libraries).reduce((n, l) => n + l.advisories.length, 0)

export async function updateDb(o: UpdateOptions): Promise<UpdateOutcome> {
  const lines: string[] = []
  const failures: string[] = []
  const attempt = async (label: string, work: () => Promise<string>) => {
    try {
      lines.push(await work())
    } catch (error) {
      failures.push(`${label}: ${(error as Error).message}`)
    }
  }
  if (o.from) {
    const found = await resolveFromPath(o.from)
    if (!found.retire && !found.endoflife)
      throw new Error(`${o.from} holds no Retire.js JSON file and no endoflife.date products`)
    const { retire, endoflife } = found
    if (retire) {
      await attempt('retire', () =>
        saveVuln(
          o,
          retire.bytes,
          { origin: retire.file, ...given(o) },
          retire.licenses,
          retire.backdoored
        )
      )
    }
    if (endoflife) {
      lines.push(...endoflife.errors.map((e) => `skipped ${e}`))
      await attempt('endoflife', () =>
        saveEol(
          o,
          endoflife.products,
          endoflife.hashInput,
          // --commit/--upstream-date describe the Retire.js file when both are imported together.
          { origin: 'endoflife.date products/*.md', ...(retire ? {} : given(o)) },
          endoflife.licenses
        )
      )
    }
  } else if (o.npm) {
    const spec = o.npm
    await attempt('npm', async () => {
      const pkg = await fetchNpmData(spec)
      const origin = `npm ${pkg.name}@${pkg.version} ${pkg.dataPath}`
      const from: Origin = {
        origin,
        version: `${pkg.name}@${pkg.version}`,
        ...(pkg.published ? { upstreamDate: pkg.published, upstreamDateFrom: 'publish-date' } : {}),
        ...given(o),
      }
      return saveVuln(o, pkg.bytes, from, [...pkg.licenses, ...retireNotice(pkg.name)])
    })
  } else {
    await attempt('retire', async () => {
      const up = await fetchRetireOnline()
      const from: Origin = {
        origin: 'github.com/RetireJS/retire.js jsrepository-v5-combined.json',
        ...(up.commit ? { version: up.commit.slice(0, 12) } : {}),
        ...(up.date ? { upstreamDate: up.date, upstreamDateFrom: 'commit' } : {}),
      }
      return saveVuln(o, up.bytes, from, up.licenses)
    })
    await attempt('endoflife', async () => {
      const up = await fetchEndoflifeOnline()
      lines.push(...up.errors.map((e) => `skipped ${e}`))
      return saveEol(o, up.products, up.hashInput, { origin: 'endoflife.date API' }, up.licenses)
    })
  }
  await writeNotice(o.dir)
  return { lines, failures }
}

/**
 * The npm baseline wraps Apache-2.0 Retire.js data; ship the licence and notice even if the
 * package does not. The Apache text comes from the `retire` package (same upstream repository).
 */
function retireNotice(pkg: string): LicenseText[] {
  let license: LicenseText[] = []
  try {
    const path = createRequire(import.meta.url).resolve('retire/LICENSE.md')
    license = [{ name: 'retire-LICENSE.md', text: readFileSync(path, 'utf8') }]
  } catch {
    // Production installs may lack the dev dependency; the NOTICE still names the licence.
  }
  return [
    ...license,
    {
      name: 'retire-NOTICE.md',
      text: `Retire.js vulnerability repository\nCopyright 2018 Erlend Oftedal\nLicensed under the Apache License, Version 2.0: http://www.apache.org/licenses/LICENSE-2.0\nThis copy was taken from the npm package ${pkg}, which redistributes it.\n`,
    },
  ]
}

/** One NOTICE beside the data listing every data set loaded and its licence. */
export async function writeNotice(dir: string): Promise<void> {
  const vuln = await readDataSet(dir, 'vulndb').catch(() => undefined)
  const eol = await readDataSet(dir, 'eoldb').catch(() => undefined)
  const parts = ['# Third-party data used by HarbourScan', '']
  const describe = (db: VulnDb | EolDb, what: string, licence: string) =>
    parts.push(
      `- ${what}: converted from ${db.meta.origin} @ ${db.meta.version} (sha256 ${db.meta.sha256}), imported ${db.meta.importedAt}. ${licence} Licence files: ${db.meta.licenseFiles.join(', ') || 'none found at import; see the upstream repository'}.`
    )
  if (vuln)
    describe(
      vuln,
      'JavaScript library vulnerabilities (Retire.js, github.com/RetireJS/retire.js)',
      'Copyright 2018 Erlend Oftedal, Apache License 2.0; advisory links (CVE, GHSA) kept as given upstream.'
    )
  if (eol)
    describe(
      eol,
      'End-of-life dates (endoflife.date, github.com/endoflife-date/endoflife.date)',
      'Copyright 2020 endoflife.date contributors, MIT License.'
    )
  // Every import may have failed, so the data folder may not exist yet.
  await mkdir(dir, { recursive: true })
  await writeFile(join(dir, 'NOTICE.md'), `${parts.join('\n')}\n`)
}
