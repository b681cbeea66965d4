/** Caps for the HTML facts parser: a hostile page can make any of these arbitrarily large. */
export const HTML_LIMITS = {
  /** Elements deeper than this are not recorded (browsers stop nesting far earlier). */
  maxDepth: 4096,
  maxScripts: 500,
  maxLinks: 500,
  maxForms: 100,
  maxResources: 200,
  maxMetaValues: 20,
  /** Attribute values longer than this are cut (a 1 MB integrity attribute is not useful). */
  maxAttributeChars: 2048,
  /** Parsing stops after this long; what was seen so far is kept. */
  maxParseMs: 3000,
  /** Text is fed to the parser in chunks so the time budget can be checked between them. */
  chunkChars: 64 * 1024,
} as const

export type HtmlLimits = { [K in keyof typeof HTML_LIMITS]: number }
