/**
 * Interface language: English or Hong Kong Traditional Chinese. The choice is kept in
 * localStorage and mirrored on <html lang>; components re-render through LocaleController.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit'
import { en } from './en.ts'
import type { MessageKey } from './en.ts'
import { zhHK } from './zh-HK.ts'

export type { MessageKey } from './en.ts'
export type UiLocale = 'en' | 'zh-HK'

export const STORAGE_KEY = 'harbourscan.locale'
const CATALOGS: Record<UiLocale, Record<MessageKey, string>> = { en, 'zh-HK': zhHK }
/** BCP 47 tag for the lang attribute: zh-Hant-HK says "Traditional script, Hong Kong". */
export const LANG_TAG: Record<UiLocale, string> = { en: 'en', 'zh-HK': 'zh-Hant-HK' }

let current: UiLocale = readStored()
const listeners = new Set<() => void>()

function readStored(): UiLocale {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY)
    return stored === 'zh-HK' ? 'zh-HK' : 'en'
  } catch {
    return 'en'
  }
}

export function getLocale(): UiLocale {
  return current
}

export function setLocale(locale: UiLocale): void {
  current = locale
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, locale)
  } catch {
    // Private mode or storage disabled: the switch still works for this page.
  }
  applyLang()
  for (const listener of listeners) listener()
}

export function applyLang(): void {
  if (typeof document !== 'undefined') document.documentElement.lang = LANG_TAG[current]
}

/** A message with {name} placeholders filled in; the result is plain text, never markup. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  return format(CATALOGS[current][key] ?? en[key], params)
}

export function format(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole
  )
}

/** Re-renders its host whenever the language changes. */
export class LocaleController implements ReactiveController {
  declare private host: ReactiveControllerHost
  declare private readonly listener: () => void

  constructor(host: ReactiveControllerHost) {
    this.host = host
    this.listener = () => this.host.requestUpdate()
    host.addController(this)
  }

  hostConnected(): void {
    listeners.add(this.listener)
  }

  hostDisconnected(): void {
    listeners.delete(this.listener)
  }
}
