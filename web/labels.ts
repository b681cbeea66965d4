/** Translated labels for values that come from the scanner and checklist. */
import type { Severity } from '../rules/types.ts'
import { localize } from '../rules/checklist/model.ts'
import type { LocalizedText } from '../rules/checklist/types.ts'
import { getLocale, t } from './i18n/index.ts'

export function severityLabel(severity: Severity | string): string {
  switch (severity) {
    case 'critical':
      return t('severity.critical')
    case 'high':
      return t('severity.high')
    case 'medium':
      return t('severity.medium')
    case 'low':
      return t('severity.low')
    default:
      return t('severity.info')
  }
}

const COLLECTORS = {
  RedirectChain: 'collector.RedirectChain',
  MainResponse: 'collector.MainResponse',
  TlsHandshake: 'collector.TlsHandshake',
  Scripts: 'collector.Scripts',
  Software: 'collector.Software',
  TlsProtocols: 'collector.TlsProtocols',
  TlsSuites: 'collector.TlsSuites',
  TlsDetails: 'collector.TlsDetails',
  HtmlDocument: 'collector.HtmlDocument',
  WellKnown: 'collector.WellKnown',
  CorsPreflight: 'collector.CorsPreflight',
  RenderedPage: 'collector.RenderedPage',
} as const

/** A collector's plain name for progress messages; unknown names are shown as sent. */
export function collectorLabel(name: string): string {
  return Object.hasOwn(COLLECTORS, name) ? t(COLLECTORS[name as keyof typeof COLLECTORS]) : name
}

/** Checklist content in the interface language. */
export function l(text: LocalizedText): string {
  return localize(text, getLocale())
}
