import { Parser } from 'htmlparser2'

export interface ParsedHtml {
  tags: string[]
  attributes: { tag: string; name: string; value: string }[]
  text: string
}

/** Parses HTML the way a browser tokenizer would, to check what is markup and what is text. */
export function inspectHtml(html: string): ParsedHtml {
  const parsed: ParsedHtml = { tags: [], attributes: [], text: '' }
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        parsed.tags.push(name)
        for (const [attr, value] of Object.entries(attributes)) {
          parsed.attributes.push({ tag: name, name: attr, value })
        }
      },
      ontext(text) {
        parsed.text += text
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true }
  )
  parser.write(html)
  parser.end()
  return parsed
}
