/**
 * `npm run range`: every preset site and hostile server on loopback, until Ctrl-C.
 * `npm run range -- --json` prints one JSON line instead of the table (for scripts and bench).
 */
import { startHostileServers } from './hostile.ts'
import { startRange } from './index.ts'
import { presetSites } from './sites.ts'

const range = await startRange(presetSites())
const hostile = await startHostileServers()

async function shutdown(signal: string): Promise<void> {
  process.stderr.write(`\n${signal}: closing the range\n`)
  await Promise.all([range.close(), ...Object.values(hostile).map((server) => server.close())])
  process.exit(0)
}
process.once('SIGINT', () => void shutdown('SIGINT'))
process.once('SIGTERM', () => void shutdown('SIGTERM'))

if (process.argv.includes('--json')) {
  const hostileUrls = Object.fromEntries(Object.values(hostile).map((s) => [s.kind, s.url]))
  console.log(
    JSON.stringify({ caFile: range.pki.caFile, sites: range.sites, hostile: hostileUrls })
  )
} else {
  const rows: Array<[string, string, string]> = [
    ...Object.values(range.sites).map((s): [string, string, string] => [
      s.name,
      s.url,
      s.httpUrl ? `${s.httpUrl} (redirects)` : '',
    ]),
    ...Object.values(hostile).map((s): [string, string, string] => [
      `hostile:${s.kind}`,
      s.url,
      '',
    ]),
  ]
  const width = Math.max(...rows.map(([name]) => name.length))
  console.log('HarbourScan test range (127.0.0.1 only)\n')
  for (const [name, url, extra] of rows) console.log(`  ${name.padEnd(width)}  ${url}  ${extra}`)
  console.log(`\nTest root CA: ${range.pki.caFile}`)
  console.log(
    `Example: npx harbourscan scan ${range.site('clean').url} --allow-private --ca ${range.pki.caFile}`
  )
  console.log('Hostile connections are cut after 60 s. Ctrl-C stops everything.')
}
