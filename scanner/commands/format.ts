import type { ScanResult } from '../../rules/types.ts'

export const FORMATS = ['text', 'json', 'html', 'csv', 'sarif'] as const
export type Format = (typeof FORMATS)[number]

/** Renders a result in one of the CLI formats (renderers load lazily: text needs none). */
export async function formatResult(
  result: ScanResult,
  format: Format,
  options: { color: boolean }
): Promise<string> {
  if (format === 'text') return (await import('../../reports/text.ts')).renderText(result, options)
  const { render } = await import('../../reports/render.ts')
  return render(result, format)
}
