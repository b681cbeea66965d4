/**
 * Report rendering speed on a 1,000-site batch. There is no peer tool that renders our results,
 * so the yardstick is JSON.stringify of the same rows: the least any renderer must do.
 */
import { performance } from 'node:perf_hooks'
import { summarizeBatch } from '../reports/batch-summary.ts'
import { batchCsv } from '../reports/csv.ts'
import { batchSummaryHtml } from '../reports/html/batch.ts'
import { scanReportHtml } from '../reports/html/report.ts'
import type { BatchRow } from '../reports/types.ts'
import type { Grade, RuleResult, ScanResult, Severity } from '../rules/types.ts'

const SITES = 1000
const RULES = 40
const RUNS = 5
const SEVERITIES: Severity[] = ['critical', 'high', 'medium', 'low', 'info']
const LETTERS = ['A+', 'A', 'B', 'C', 'D', 'F', 'T', 'M', null]

function grade(letter: string | null): Grade {
  return { letter, score: null, algorithm: 'bench/1', reasons: [`Grade ${letter ?? 'none'}.`] }
}

/** Deterministic pseudo-random site i: some rules fail with 1–3 findings and evidence. */
function syntheticResult(i: number): ScanResult {
  const host = `site-${i}.bench.test`
  const rules: RuleResult[] = Array.from({ length: RULES }, (_, r) => {
    const fails = (i * 7 + r * 13) % 5 === 0
    const severity = SEVERITIES[r % SEVERITIES.length]!
    const findings = fails
      ? Array.from({ length: 1 + ((i + r) % 3) }, (_, k) => ({
          ruleId: `bench-rule-${r}`,
          messageId: 'm',
          message: `Problem ${k} on ${host}: <script>alert(${i})</script>`,
          severity,
          evidence: [{ label: 'Header', value: `x-bench-${k}: ${'v'.repeat(80)}` }],
          fingerprint: `${i.toString(16).padStart(8, '0')}${r.toString(16).padStart(8, '0')}${k.toString(16).padStart(16, '0')}`,
        }))
      : []
    return {
      ruleId: `bench-rule-${r}`,
      category: 'headers',
      status: fails ? 'fail' : 'pass',
      title: fails ? `Bench rule ${r} failed` : `Bench rule ${r} passed`,
      severity,
      findings,
    }
  })
  const letter = LETTERS[i % LETTERS.length] ?? null
  return {
    schemaVersion: 1,
    target: {
      input: host,
      url: `https://${host}/`,
      scheme: 'https',
      host,
      port: 443,
      explicitPort: false,
      path: '/',
      isIpLiteral: false,
    },
    collectedAt: '2026-11-01T00:00:00.000Z',
    scannerVersion: 'bench',
    dataVersions: [],
    grades: { overall: grade(letter), tls: grade(letter), web: grade('B') },
    categories: [],
    rules,
    collectorErrors: {},
    skipped: {},
  }
}

function median(fn: () => unknown): number {
  const times: number[] = []
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now()
    fn()
    times.push(performance.now() - start)
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!
}

export async function benchReports(): Promise<{ name: string; lines: string[] }> {
  const rows: BatchRow[] = Array.from({ length: SITES }, (_, i) =>
    i % 50 === 49
      ? { input: `down-${i}.bench.test`, error: { code: 'E_TIMEOUT', message: 'timed out' } }
      : { input: `site-${i}.bench.test`, result: syntheticResult(i) }
  )
  const findings = rows.reduce(
    (n, r) => n + (r.result?.rules.reduce((m, x) => m + x.findings.length, 0) ?? 0),
    0
  )
  const floor = median(() => JSON.stringify(rows))
  const html = median(() => batchSummaryHtml(rows))
  const csv = median(() => batchCsv(rows))
  const summary = median(() => summarizeBatch(rows))
  const one = median(() => scanReportHtml(rows[0]!.result!, { ruleMeta: () => undefined }))
  const size = batchSummaryHtml(rows).length
  const pdf = await timePdf(batchSummaryHtml(rows))
  const ms = (t: number) => `${t.toFixed(1)} ms`
  const ratio = (t: number) => `${(t / floor).toFixed(2)}× JSON.stringify`
  return {
    name: `reports: ${SITES}-site batch (${RULES} rules, ${findings} findings), median of ${RUNS}`,
    lines: [
      `JSON.stringify of the rows (yardstick): ${ms(floor)}`,
      `batchSummaryHtml: ${ms(html)} (${ratio(html)}, ${(size / 1024).toFixed(0)} KiB)`,
      `batchCsv: ${ms(csv)} (${ratio(csv)})`,
      `summarizeBatch: ${ms(summary)}`,
      `scanReportHtml, one site: ${ms(one)}`,
      pdf,
    ],
  }
}

/** One print of the batch HTML with real Chromium (browser launch not counted). */
async function timePdf(html: string): Promise<string> {
  try {
    const { launchBrowser } = await import('../scanner/browser/launch.ts')
    const { renderPdf } = await import('../scanner/browser/pdf.ts')
    const browser = await launchBrowser()
    try {
      await renderPdf('<p>warm-up</p>', { browser })
      const start = performance.now()
      const bytes = await renderPdf(html, { browser })
      const took = performance.now() - start
      return `batch PDF (Chromium, one run): ${took.toFixed(0)} ms, ${(bytes.length / 1024).toFixed(0)} KiB`
    } finally {
      await browser.close()
    }
  } catch (error) {
    return `batch PDF: not measured (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`
  }
}
