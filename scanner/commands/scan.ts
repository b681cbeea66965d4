import { constants } from 'node:fs'
import { access, readFile, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { CollectedArtifacts } from '../artifacts.ts'
import { UsageError } from '../errors.ts'
import { parseResolveOption } from '../target.ts'
import { evaluate } from '../../rules/engine.ts'
import { letterRank } from '../../rules/grades/letters.ts'
import { atLeast } from '../../rules/severity.ts'
import type { ScanResult, Severity } from '../../rules/types.ts'
import { AREA_NAMES, artifactsFor } from '../collectors/areas.ts'
import { oneOf, parseCommandArgs, positiveInt, useColor } from './args.ts'
import { formatResult, FORMATS } from './format.ts'

const HELP = `Usage: harbourscan scan <url> [options]

Scans one website passively (ordinary browser requests and TLS handshakes) and prints a report.

Options:
  --format text|json|html|csv|sarif   Output format (default: text)
  --out FILE                          Write the report to FILE instead of standard output
  --fail-on critical|high|medium|low  Exit 1 if any problem at or above this severity is found
  --min-grade A..F                    Exit 1 if the overall grade is worse than this
  --allow-private                     Allow loopback, private and intranet addresses (off by default)
  --resolve host:port:address         Connect to address for host:port (like curl); repeatable
  --ca FILE                           Also trust the root certificates in FILE (PEM); repeatable
  --only tls,web,software             Check only these areas (default: all)
  --render                            Also load the page in a real browser (slower)
  --timeout MS                        Whole-scan deadline in milliseconds (default 60000)
  --save-artifacts FILE               Save the raw collected evidence as JSON
  --from-artifacts FILE               Evaluate saved evidence instead of scanning (no network)
  -h, --help                          Show this help

Exit codes: 0 ok, 1 threshold failed, 2 usage or target error.
`

const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low']
const GRADES = ['A+', 'A', 'A-', 'B', 'C', 'D', 'E', 'F'] as const

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    argv,
    {
      format: { type: 'string' },
      out: { type: 'string' },
      'fail-on': { type: 'string' },
      'min-grade': { type: 'string' },
      'allow-private': { type: 'boolean' },
      resolve: { type: 'string', multiple: true },
      ca: { type: 'string', multiple: true },
      render: { type: 'boolean' },
      only: { type: 'string' },
      timeout: { type: 'string' },
      'save-artifacts': { type: 'string' },
      'from-artifacts': { type: 'string' },
    },
    'scan'
  )
  if (values.help) {
    process.stdout.write(HELP)
    return 0
  }
  const format = oneOf(values.format, FORMATS, '--format') ?? 'text'
  const failOn = oneOf(values['fail-on'], SEVERITIES, '--fail-on')
  const minGrade = oneOf(values['min-grade'], GRADES, '--min-grade')
  const timeoutMs = positiveInt(values.timeout, '--timeout')
  const only = parseAreas(values.only)
  const fromArtifacts = values['from-artifacts']
  if (positionals.length !== (fromArtifacts ? 0 : 1)) {
    throw new UsageError(
      fromArtifacts
        ? 'Give either a URL or --from-artifacts, not both'
        : 'Give exactly one URL to scan (see harbourscan scan --help)'
    )
  }

  // Checked before scanning, so a typo in a path does not cost a finished scan.
  for (const file of values.ca ?? []) await mustRead(file, '--ca')
  for (const option of ['out', 'save-artifacts'] as const) {
    const file = values[option]
    if (file !== undefined) await mustWrite(file, `--${option}`)
  }

  let collected: CollectedArtifacts
  let result: ScanResult
  let failure: { code: string; message: string } | undefined
  if (fromArtifacts) {
    collected = await readArtifacts(fromArtifacts)
    result = evaluate(collected, { db: await loadRuleDb() })
  } else {
    // The library checks' worker thread starts now: its start-up overlaps loading the scanner.
    if (!only || only.artifacts.has('Scripts'))
      (await import('../collectors/scripts/content-worker-start.ts')).prestartContentWorker()
    const [{ scan }, { collectionFailure }] = await Promise.all([
      import('../scan.ts'),
      import('../collect.ts'),
    ])
    ;({ collected, result } = await scan(
      positionals[0]!,
      {
        allowPrivate: values['allow-private'] ?? false,
        anyPort: true,
        resolve: new Map((values.resolve ?? []).map(parseResolveOption)),
        caFiles: values.ca ?? [],
        render: values.render ?? false,
        ...(timeoutMs ? { timeoutMs } : {}),
      },
      only ? { only } : {}
    ))
    failure = collectionFailure(collected)
  }
  if (values['save-artifacts'])
    await writeFile(values['save-artifacts'], `${JSON.stringify(collected, null, 2)}\n`)

  const output = await formatResult(result, format, {
    color: !values.out && useColor(process.stdout),
  })
  if (values.out) await writeFile(values.out, output)
  else process.stdout.write(output)
  // A site that answered nothing has not passed anything: a target error, whatever the report says.
  if (failure) {
    process.stderr.write(
      `harbourscan: nothing could be tested on ${collected.target.url}: ${failure.message} (${failure.code})\n`
    )
    return 2
  }
  return thresholdFailed(result, failOn, minGrade) ? 1 : 0
}

async function mustRead(file: string, option: string): Promise<void> {
  try {
    await access(file, constants.R_OK)
  } catch {
    throw new UsageError(`Cannot read the ${option} file ${file}`)
  }
}

async function mustWrite(file: string, option: string): Promise<void> {
  const isFolder = await stat(file).then(
    (s) => s.isDirectory(),
    () => false
  )
  const folderWritable = await access(path.dirname(path.resolve(file)), constants.W_OK).then(
    () => true,
    () => false
  )
  if (isFolder || !folderWritable)
    throw new UsageError(
      `Cannot write the ${option} file ${file}: ${isFolder ? 'it is a folder' : 'its folder does not exist or is not writable'}`
    )
}

/** Evidence saved by --save-artifacts, or a clear refusal of anything else. */
async function readArtifacts(file: string): Promise<CollectedArtifacts> {
  await mustRead(file, '--from-artifacts')
  let value: unknown
  try {
    value = JSON.parse(await readFile(file, 'utf8'))
  } catch {
    throw new UsageError(`${file} is not JSON: give a file saved with --save-artifacts`)
  }
  const v = value as Partial<CollectedArtifacts> | null
  if (typeof v?.values !== 'object' || v.values === null || typeof v.target?.url !== 'string')
    throw new UsageError(
      `${file} is not saved scan evidence: give a file saved with --save-artifacts (a report is not one)`
    )
  return { errors: {}, ...v } as CollectedArtifacts
}

export function thresholdFailed(result: ScanResult, failOn?: Severity, minGrade?: string): boolean {
  const tooSevere =
    failOn !== undefined &&
    result.rules.some(
      (r) => r.status === 'fail' && r.findings.some((f) => atLeast(f.severity, failOn))
    )
  const letter = result.grades.overall.letter
  const tooLow =
    minGrade !== undefined && (letter === null || letterRank(letter) > letterRank(minGrade))
  return tooSevere || tooLow
}

/** `--only tls,web` → the artifacts those areas need, and a label for the skipped reasons. */
function parseAreas(value: string | undefined) {
  if (value === undefined) return undefined
  const areas = value.split(',').map((area) => oneOf(area.trim(), AREA_NAMES, '--only')!)
  return { artifacts: artifactsFor(areas), label: `--only ${areas.join(',')}` }
}

/** The vulnerability/EOL database, when one is installed (see `harbourscan db status`). */
async function loadRuleDb() {
  // Missing data is not an error here: the affected rules say "not applicable" and why, and the
  // report lists which data it was judged against (see `harbourscan db status`).
  const { sharedDb } = await import('../vulndb/load.ts')
  return (await sharedDb()).rules
}
