import type { ScanResult } from '../../rules/types.ts'
import { diffScans } from '../diff.ts'
import { metaLookup } from '../meta.ts'
import type { ReportOptions } from '../types.ts'
import { appendix } from './appendix.ts'
import { checklistSection } from './checklist.ts'
import { diffSection } from './diff.ts'
import { findingsSection } from './findings.ts'
import { page } from './layout.ts'
import { gradesSection, reportHeader, topProblems } from './summary.ts'

/** One standalone HTML file an owner can e-mail to their web developer. */
export function scanReportHtml(result: ScanResult, options: ReportOptions = {}): string {
  const meta = metaLookup(options)
  const body = [
    reportHeader(result),
    gradesSection(result),
    topProblems(result, meta),
    options.against ? diffSection(diffScans(options.against, result)) : '',
    checklistSection(options.checklist),
    findingsSection(result, meta),
    appendix(result),
  ]
    .filter((part) => part !== '')
    .join('\n')
  return page({
    title: `Security report: ${result.target.host}`,
    body,
    scannerVersion: result.scannerVersion,
  })
}
