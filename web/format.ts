/** Locale-aware formatting of dates and numbers for display. */
import { LANG_TAG, getLocale } from './i18n/index.ts'

export function formatDate(iso: string | undefined | null): string {
  if (!iso) return ''
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return new Intl.DateTimeFormat(LANG_TAG[getLocale()], {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(date)
}

export function formatNumber(value: number, digits = 0): string {
  return new Intl.NumberFormat(LANG_TAG[getLocale()], { maximumFractionDigits: digits }).format(
    value
  )
}

/** Letter-grade family for colouring: A*, B, C, D–F and the rest. */
export function gradeTone(letter: string | null | undefined): string {
  if (!letter) return 'none'
  const first = letter[0]
  if (first === 'A') return 'good'
  if (first === 'B') return 'fair'
  if (first === 'C') return 'weak'
  return 'bad'
}
