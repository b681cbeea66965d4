/**
 * `npm run compare:observatory [-- --record]`: scans the web range with HarbourScan and with the
 * MDN HTTP Observatory 1.4.8 and prints both scores and grades per site. A difference is accepted
 * only when replaying our artifacts with the Observatory's own choices (OBSERVATORY_COMPAT)
 * reproduces its result exactly, i.e. it is one of the documented deliberate differences.
 * Needs root (each site listens on 127.0.0.x:80 and :443 so both tools scan a bare address).
 * --record writes test/fixtures/observatory/<site>.json for the offline comparison test.
 */
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  observatoryInput,
  OBSERVATORY_COMPAT,
  scoreObservatory,
} from '../rules/grades/observatory/index.ts'
import { createTestPki } from '../test/range/pki.ts'
import { OBSERVATORY_CASES } from '../test/range/web-observatory-cases.ts'
import { WEB_PRESETS } from '../test/range/web-presets.ts'
import { startWebSites } from '../test/range/web-sites.ts'
import {
  ensureObservatory,
  fixtureArtifacts,
  runHarbourScan,
  runObservatory,
} from './observatory-oracle.ts'

const SITES = [...WEB_PRESETS, ...OBSERVATORY_CASES]
const FIXTURES = join(import.meta.dirname, '..', 'test', 'fixtures', 'observatory')
const pad = (s: string, n: number) => s.padEnd(n)

async function main(): Promise<number> {
  const record = process.argv.includes('--record')
  const scanJs = await ensureObservatory((s) => console.error(s))
  const hosts = ['localhost', '127.0.0.1', ...SITES.map((_, i) => `127.0.0.${101 + i}`)]
  const pki = await createTestPki({ hosts })
  const range = await startWebSites(SITES, { pki, layout: 'default-ports' }).catch(
    (error: Error) => {
      console.error(
        `Could not listen on 127.0.0.x:80/443 (${error.message}); run as root or grant CAP_NET_BIND_SERVICE.`
      )
      return null
    }
  )
  if (!range) return 2
  let bad = 0
  console.log(
    `${pad('site', 31)}${pad('HarbourScan', 14)}${pad('Observatory', 14)}${pad('result', 12)}differences`
  )
  try {
    for (const site of range.sites) {
      const obs = await runObservatory(scanJs, site.observatorySite as string, pki.caFile)
      const { collected, result } = await runHarbourScan(site.scanInput, pki.caFile)
      const web = result.grades.web
      const input = observatoryInput(collected)
      const compat = input ? scoreObservatory(input, OBSERVATORY_COMPAT) : null
      const ours = `${web.score ?? '-'} ${web.letter ?? '-'}`
      const theirs = obs.scan ? `${obs.scan.score} ${obs.scan.grade}` : `error`
      const diffs = Object.entries(obs.tests ?? {}).flatMap(([name, t]) => {
        const mine = (web.details as { tests?: Record<string, { result: string }> } | undefined)
          ?.tests?.[name]?.result
        return mine === t.result ? [] : [`${name}: ${mine} vs ${t.result}`]
      })
      const compatEqual =
        compat !== null &&
        obs.scan !== undefined &&
        compat.score === obs.scan.score &&
        compat.grade === obs.scan.grade &&
        Object.entries(obs.tests ?? {}).every(
          ([n, t]) => compat.tests[n as keyof typeof compat.tests]?.result === t.result
        )
      const bothUngraded = obs.scan === undefined && web.letter === null
      const equal =
        bothUngraded ||
        (obs.scan !== undefined && web.score === obs.scan.score && web.letter === obs.scan.grade)
      const verdict =
        equal && diffs.length === 0 ? 'equal' : compatEqual ? 'deliberate' : 'MISMATCH'
      const shown = bothUngraded ? `neither grades (${obs.error ?? ''})` : diffs.join('; ')
      if (verdict === 'MISMATCH') bad++
      console.log(
        `${pad(site.preset.name, 31)}${pad(ours, 14)}${pad(theirs, 14)}${pad(verdict, 12)}${shown}`
      )
      if (record) {
        const fixture = {
          site: site.preset.name,
          observatorySite: site.observatorySite,
          observatory: obs,
          collected: fixtureArtifacts(collected),
        }
        await writeFile(
          join(FIXTURES, `${site.preset.name}.json`),
          `${JSON.stringify(fixture, null, 1)}\n`
        )
      }
    }
  } finally {
    await range.close()
  }
  console.log(
    bad === 0
      ? '\nAll sites equal or differ only by documented deliberate differences.'
      : `\n${bad} site(s) differ unexpectedly.`
  )
  return bad === 0 ? 0 : 1
}

process.exitCode = await main()
