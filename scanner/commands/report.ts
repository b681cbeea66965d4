import { writeFile } from 'node:fs/promises'
import { render } from '../../reports/render.ts'
import type { ReportOptions } from '../../reports/types.ts'
import { UsageError } from '../errors.ts'
import { oneOf, parseCommandArgs } from './args.ts'
import { loadChecklist, loadReportInput, loadResult } from './report-input.ts'

const HELP = `Usage: harbourscan report <result.json> [options]

Turns a saved result (harbourscan scan --format json) into a report. A JSON array or JSON Lines
file of batch rows ({input, result?, error?}) gives the batch summary instead.

Options:
  --format html|pdf|csv|sarif|json   Output format (default: html)
  --against OLDER.json               Compare with an earlier scan of the same site
  --checklist FILE                   Add the checklist self-assessment summary (JSON)
  --out FILE                         Write to FILE instead of standard output
  -h, --help                         Show this help

With --against, json and csv give the changes (new, fixed, unchanged); html and pdf add a
"changes since" section; sarif marks each result new, unchanged or absent.

Exit codes: 0 ok, 2 usage or input error.
`

const FORMATS = ['html', 'pdf', 'csv', 'sarif', 'json'] as const

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    argv,
    {
      format: { type: 'string' },
      against: { type: 'string' },
      checklist: { type: 'string' },
      out: { type: 'string' },
    },
    'report'
  )
  if (values.help) {
    process.stdout.write(HELP)
    return 0
  }
  const format = oneOf(values.format, FORMATS, '--format') ?? 'html'
  if (positionals.length !== 1)
    throw new UsageError('Give exactly one result file (see harbourscan report --help)')
  if (format === 'pdf' && !values.out && process.stdout.isTTY) {
    throw new UsageError('A PDF needs --out FILE (or redirect standard output)')
  }
  const warn = (line: string) => process.stderr.write(`harbourscan: ${line}\n`)
  const input = await loadReportInput(positionals[0]!, warn)
  const options: ReportOptions = {}
  if (values.checklist) options.checklist = await loadChecklist(values.checklist)
  if (values.against) {
    if (input.kind === 'batch')
      throw new UsageError('--against compares two single-site results, not batches')
    options.against = await loadResult(values.against)
    const [a, b] = [options.against.target, input.result.target]
    if (a.host !== b.host || a.port !== b.port) {
      warn(`--against is a scan of ${a.host}:${a.port}, not ${b.host}:${b.port}; comparing anyway`)
    }
  }
  const data = input.kind === 'scan' ? input.result : input.rows
  let output: string | Uint8Array
  if (format === 'pdf') {
    const html = render(data, 'html', options)
    const title =
      input.kind === 'scan'
        ? `Security report: ${input.result.target.host}`
        : 'Website security overview'
    const { renderPdf } = await import('../browser/pdf.ts')
    output = await renderPdf(html, { title })
  } else {
    output = render(data, format, options)
  }
  if (values.out) await writeFile(values.out, output)
  else process.stdout.write(output)
  return 0
}
