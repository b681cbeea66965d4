import { OPENAPI } from './openapi.ts'

const escape = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!
  )

/** The API reference as one static page: no script, no style, no external resources. */
export function docsHtml(): string {
  const sections = Object.entries(OPENAPI.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, o]) => {
      const params = (o.parameters ?? [])
        .map((p) => `<li><code>${escape(p.name)}</code> (${p.in})</li>`)
        .join('')
      const responses = Object.entries(o.responses)
        .map(([code, r]) => `<li><code>${code}</code> ${escape(r.description)}</li>`)
        .join('')
      const body = o.requestBody
        ? `<p>Body: ${Object.keys(o.requestBody.content)
            .map((t) => `<code>${escape(t)}</code>`)
            .join(', ')}</p>`
        : ''
      return `<section><h3><span class="m">${method.toUpperCase()}</span> <code>${escape(path)}</code></h3>
<p>${escape(o.summary)}</p>${body}${params ? `<h4>Parameters</h4><ul>${params}</ul>` : ''}<h4>Responses</h4><ul>${responses}</ul></section>`
    })
  )
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>HarbourScan API ${escape(OPENAPI.info.version)}</title></head><body><main>
<h1>HarbourScan API</h1><p>${escape(OPENAPI.info.description)}</p>
<p>Authenticate with <code>Authorization: Bearer hs_…</code>. Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1).</p>
${sections.join('\n')}
</main></body></html>`
}
