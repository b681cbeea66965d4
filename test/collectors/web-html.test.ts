import { describe, expect, it } from 'vitest'
import { parseHtmlFacts } from '../../scanner/html/parse-html.ts'
import { parseHtmlFactsIsolated } from '../../scanner/html/parse-isolated.ts'

const PAGE = `<!doctype html><html><head>
<meta charset="utf-8"><title> Shop &amp; Co </title>
<base href="https://static.example.com/app/">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'">
<meta name="referrer" content="origin"><meta name="referrer" content="no-referrer">
<meta name="generator" content="WordPress 6.4.2">
<script src="main.js" type="module" defer></script>
<script src="https://cdn.example.net/lib.js" integrity="sha384-abc" crossorigin="anonymous"></script>
<script>var inline = 1</script>
<link rel="stylesheet" href="http://cdn.example.net/s.css">
</head><body>
<img src="http://cdn.example.net/a.png"><iframe src="http://ads.example.net/f"></iframe>
<form action="http://example.net/login" method="POST"><input type="password"></form>
<form><input name="q"></form>
</body></html>`

describe('parseHtmlFacts', () => {
  const facts = parseHtmlFacts(PAGE, 'https://example.com/shop')

  it('reads meta policies, referrer and generator', () => {
    expect(facts.title).toBe('Shop & Co')
    expect(facts.meta.httpEquiv['content-security-policy']).toEqual(["default-src 'self'"])
    expect(facts.meta.referrer).toEqual(['origin', 'no-referrer'])
    expect(facts.meta.generator).toEqual(['WordPress 6.4.2'])
  })

  it('lists scripts with integrity and type, resolved against <base>', () => {
    expect(facts.scriptCount).toBe(3)
    expect(facts.scripts[0]).toEqual({
      src: 'main.js',
      url: 'https://static.example.com/app/main.js',
      type: 'module',
      defer: true,
    })
    expect(facts.scripts[1]).toMatchObject({ integrity: 'sha384-abc', crossorigin: 'anonymous' })
    expect(facts.scripts[2]).toEqual({ inlineLength: 'var inline = 1'.length })
  })

  it('finds forms and http subresources', () => {
    expect(facts.forms).toEqual([
      {
        action: 'http://example.net/login',
        url: 'http://example.net/login',
        method: 'post',
        hasPasswordField: true,
      },
      { url: 'https://static.example.com/app/', method: 'get', hasPasswordField: false },
    ])
    expect(facts.insecureResources.map((r) => [r.tag, r.active])).toEqual([
      ['link', true],
      ['img', false],
      ['iframe', true],
    ])
  })

  it('survives 20,000 nested elements and reports the depth cap', () => {
    const deep = `${'<div>'.repeat(20_000)}<script src="/deep.js"></script>${'</div>'.repeat(20_000)}<script src="/after.js"></script>`
    const f = parseHtmlFacts(deep, 'https://example.com/')
    expect(f.maxDepthSeen).toBeGreaterThanOrEqual(20_000)
    expect(f.limits).toContain('depth')
    // Past the cap nothing is recorded; after the nesting closes, recording resumes.
    expect(f.scripts.map((s) => s.src)).toEqual(['/after.js'])
  })

  it('caps 10,000 script tags but counts them all', () => {
    const many = '<script src="/x.js"></script>'.repeat(10_000)
    const f = parseHtmlFacts(many, 'https://example.com/')
    expect(f.scriptCount).toBe(10_000)
    expect(f.scripts).toHaveLength(500)
    expect(f.limits).toContain('scripts')
  })

  it('stops at its time budget and says so', () => {
    const f = parseHtmlFacts('<p>x</p>'.repeat(50_000), 'https://example.com/', {
      limits: { maxParseMs: -1, chunkChars: 1024 },
    })
    expect(f.limits).toContain('time')
    expect(f.elementCount).toBeLessThan(50_000)
  })

  it('marks a truncated body and caps attribute lengths', () => {
    const f = parseHtmlFacts(
      `<script src="/a.js" integrity="${'a'.repeat(10_000)}"></script>`,
      'https://example.com/',
      { bodyTruncated: true }
    )
    expect(f.limits).toContain('body-truncated')
    expect(f.scripts[0]?.integrity).toHaveLength(2048)
  })
})

describe('parseHtmlFactsIsolated', () => {
  const big = `<title>big</title>${'<p>filler</p>'.repeat(60_000)}<script src="https://cdn.example.net/z.js"></script>`

  it('parses a large page in a worker with the same facts as inline', async () => {
    const isolated = await parseHtmlFactsIsolated(big, 'https://example.com/')
    expect(isolated).toEqual(parseHtmlFacts(big, 'https://example.com/'))
    expect(isolated.scripts[0]?.url).toBe('https://cdn.example.net/z.js')
  })

  it('kills a worker that runs past its deadline', async () => {
    await expect(
      parseHtmlFactsIsolated(big, 'https://example.com/', {}, { timeoutMs: 1 })
    ).rejects.toMatchObject({
      code: 'E_HTML_TIMEOUT',
    })
  })

  it('ends a worker that exceeds its heap limit, not the scanner', async () => {
    // Lists uncapped on purpose so the facts themselves outgrow a 16 MB heap.
    const many = '<script src="/x.js"></script>'.repeat(300_000)
    const run = parseHtmlFactsIsolated(
      many,
      'https://example.com/',
      { limits: { maxScripts: 1_000_000 } },
      { maxOldGenerationSizeMb: 16 }
    )
    await expect(run).rejects.toMatchObject({ code: 'E_HTML_MEMORY' })
  })
})
