import { escapeHtml } from './escape.ts'

export interface Bar {
  label: string
  count: number
  colour: string
}

const BAR_W = 44
const GAP = 14
const CHART_H = 160
const TOP = 20
const BOTTOM = 36

/**
 * A vertical bar chart as inline SVG: no script, no fonts, prints the same everywhere. Labels are
 * escaped like any other text (they may one day come from a newer scanner's grade letters).
 */
export function barChart(bars: readonly Bar[], title: string): string {
  const max = Math.max(1, ...bars.map((b) => b.count))
  const width = bars.length * (BAR_W + GAP) + GAP
  const height = TOP + CHART_H + BOTTOM
  const items = bars.map((b, i) => {
    const h = Math.round((b.count / max) * CHART_H)
    const x = GAP + i * (BAR_W + GAP)
    const y = TOP + CHART_H - h
    const cx = x + BAR_W / 2
    return `<rect x="${x}" y="${y}" width="${BAR_W}" height="${h}" fill="${escapeHtml(b.colour)}"><title>${escapeHtml(b.label)}: ${b.count}</title></rect>
<text x="${cx}" y="${y - 5}" text-anchor="middle" font-size="12">${b.count}</text>
<text x="${cx}" y="${TOP + CHART_H + 16}" text-anchor="middle" font-size="12">${escapeHtml(b.label)}</text>`
  })
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" aria-label="${escapeHtml(title)}">
<title>${escapeHtml(title)}</title>
<line x1="${GAP / 2}" y1="${TOP + CHART_H}" x2="${width - GAP / 2}" y2="${TOP + CHART_H}" stroke="#9aa5b1"/>
${items.join('\n')}
</svg>`
}
