/**
 * Online refresh from the upstream feeds: the Retire.js repository on GitHub and the endoflife.date
 * API. Every request has a deadline and a size cap. The URLs can be overridden (tests use loopback).
 */
import type { EolProduct } from '../../rules/lib/vulndb-types.ts'
import { importEndoflifeApi } from './endoflife-import.ts'
import type { LicenseText } from './store.ts'

const RAW = 'https://raw.githubusercontent.com/RetireJS/retire.js/master'
export const UPSTREAM = {
  retire: process.env.HARBOURSCAN_RETIRE_URL ?? `${RAW}/repository/jsrepository-v5-combined.json`,
  retireLicense: `${RAW}/LICENSE.md`,
  retireNotice: `${RAW}/NOTICE.md`,
  retireCommits:
    'https://api.github.com/repos/RetireJS/retire.js/commits?path=repository/jsrepository-master.json&per_page=1',
  endoflife: process.env.HARBOURSCAN_ENDOFLIFE_URL ?? 'https://endoflife.date/api',
  endoflifeLicense:
    'https://raw.githubusercontent.com/endoflife-date/endoflife.date/master/LICENSE',
}

/** The endoflife.date products HarbourScan's rules look up. */
export const EOL_PRODUCTS = [
  'angular',
  'angularjs',
  'apache-http-server',
  'bootstrap',
  'django',
  'dotnet',
  'drupal',
  'joomla',
  'jquery',
  'laravel',
  'magento',
  'moodle',
  'nginx',
  'nodejs',
  'openssl',
  'php',
  'python',
  'react',
  'ruby',
  'tomcat',
  'typo3',
  'umbraco',
  'vue',
  'windows-server',
  'wordpress',
]

const TIMEOUT_MS = 20_000
const MAX_BYTES = 16 * 1024 * 1024

export async function fetchCapped(url: string, timeoutMs = TIMEOUT_MS): Promise<Buffer> {
  let response: Response
  try {
    response = await fetch(url, {
      signal: AbortSignal.timeout(timeoutMs),
      headers: { 'user-agent': 'harbourscan-db-update' },
    })
  } catch (error) {
    type Coded = { code?: string; message?: string; cause?: Coded; errors?: Coded[] }
    const c = (error as Coded).cause
    const cause =
      c?.code ??
      c?.cause?.code ??
      c?.errors?.[0]?.code ??
      (c as Error | undefined)?.message ??
      (error as Error).name
    throw new Error(`cannot reach ${new URL(url).host} (${cause}): offline or blocked`, {
      cause: error,
    })
  }
  if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}`)
  const chunks: Buffer[] = []
  let size = 0
  const reader = response.body?.getReader()
  for (;;) {
    const next = await reader?.read()
    if (!next || next.done) break
    size += next.value.length
    if (size > MAX_BYTES) {
      await reader?.cancel()
      throw new Error(`${url} is larger than ${MAX_BYTES} bytes`)
    }
    chunks.push(Buffer.from(next.value))
  }
  return Buffer.concat(chunks)
}

const optional = async (url: string) => fetchCapped(url, 10_000).catch(() => undefined)

export async function fetchRetireOnline(): Promise<{
  bytes: Buffer
  licenses: LicenseText[]
  commit?: string
  date?: string
}> {
  const bytes = await fetchCapped(UPSTREAM.retire)
  const licenses: LicenseText[] = []
  const license = await optional(UPSTREAM.retireLicense)
  if (license) licenses.push({ name: 'retire-LICENSE.md', text: license.toString('utf8') })
  const notice = await optional(UPSTREAM.retireNotice)
  if (notice) licenses.push({ name: 'retire-NOTICE.md', text: notice.toString('utf8') })
  const commits = await optional(UPSTREAM.retireCommits)
  let commit: string | undefined
  let date: string | undefined
  try {
    const list = JSON.parse(commits?.toString('utf8') ?? '[]') as {
      sha?: string
      commit?: { committer?: { date?: string } }
    }[]
    commit = list[0]?.sha
    date = list[0]?.commit?.committer?.date?.slice(0, 10)
  } catch {
    // The date is a nicety; the data is what matters.
  }
  return { bytes, licenses, ...(commit ? { commit } : {}), ...(date ? { date } : {}) }
}

export async function fetchEndoflifeOnline(): Promise<{
  products: EolProduct[]
  hashInput: string
  licenses: LicenseText[]
  errors: string[]
}> {
  const products: EolProduct[] = []
  const errors: string[] = []
  let hashInput = ''
  for (const id of EOL_PRODUCTS) {
    try {
      const bytes = await fetchCapped(`${UPSTREAM.endoflife}/${id}.json`)
      hashInput += `${id}\n${bytes.toString('utf8')}\n`
      products.push(importEndoflifeApi(id, JSON.parse(bytes.toString('utf8'))))
    } catch (error) {
      // One unreachable product means the network is gone: stop instead of 25 timeouts.
      if (products.length === 0) throw error
      errors.push(`${id}: ${(error as Error).message}`)
    }
  }
  const license = await optional(UPSTREAM.endoflifeLicense)
  const licenses = license ? [{ name: 'endoflife-LICENSE', text: license.toString('utf8') }] : []
  return { products, hashInput, licenses, errors }
}
