/**
 * Download links work as plain links in local mode. With an API token, a link cannot carry the
 * Authorization header, so the click fetches the file with it and saves it from a blob instead.
 */
import { apiErrorOf } from './api.ts'
import { failureMessage } from './error-message.ts'
import { t } from './i18n/index.ts'
import { authHeaders, getToken } from './token.ts'

const DOWNLOAD_TIMEOUT_MS = 120_000

function filenameFrom(disposition: string | null, fallback: string): string {
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition ?? '')
  const name = match?.[1] ? decodeURIComponent(match[1]) : fallback
  // Only a plain file name: no paths, no control characters.
  // eslint-disable-next-line no-control-regex
  return name.replace(/[\\/\u0000-\u001f]/g, '_').slice(0, 200) || fallback
}

export function downloadWithToken(event: MouseEvent): void {
  if (!getToken()) return
  const link = event.currentTarget as HTMLAnchorElement
  const href = link.getAttribute('href')
  if (!href || !href.startsWith('/api/')) return
  event.preventDefault()
  void (async () => {
    const response = await fetch(href, {
      headers: authHeaders(),
      signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS),
    }).catch(() => undefined)
    if (!response?.ok) {
      const why = failureMessage(response ? await apiErrorOf(response) : undefined)
      window.alert(t('download.failed', { detail: why }))
      return
    }
    const blob = await response.blob()
    const url = URL.createObjectURL(blob)
    const temp = document.createElement('a')
    temp.href = url
    temp.download = filenameFrom(
      response.headers.get('content-disposition'),
      'harbourscan-download'
    )
    document.body.append(temp)
    temp.click()
    temp.remove()
    setTimeout(() => URL.revokeObjectURL(url), 10_000)
  })()
}
