/**
 * JSON Schemas (2020-12) for checklist items. `ITEM_JSON_SCHEMA` is the seed draft's item schema,
 * which describes one language: `itemInLocale` projects an item into that shape (also the export
 * format for assessors). `LOCALIZED_ITEM_JSON_SCHEMA` is the same with every text field required in
 * both languages, which is how items are stored here.
 */
import { APPLICABILITY_TAGS, LOCALES } from './types.ts'
import type { ChecklistItem, Locale } from './types.ts'

const text = { type: 'string', minLength: 1 }
const localized = {
  type: 'object',
  required: [...LOCALES],
  additionalProperties: false,
  properties: Object.fromEntries(LOCALES.map((l) => [l, text])),
}

function itemSchema(t: object) {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'Checklist item',
    type: 'object',
    required: [
      'id',
      'domain',
      'title',
      'question',
      'why_it_matters',
      'how_to_comply',
      'evidence',
      'severity',
      'weight',
      'level',
      'applies_to',
      'sources',
      'scan',
    ],
    properties: {
      id: { type: 'string', pattern: '^[A-Z]{2,3}-[0-9]{2}$' },
      domain: { type: 'string' },
      title: t,
      question: t,
      why_it_matters: t,
      how_to_comply: { type: 'array', items: t, minItems: 1 },
      evidence: { type: 'array', items: t, minItems: 1 },
      severity: { enum: ['critical', 'high', 'medium', 'low'] },
      weight: { type: 'integer', minimum: 1, maximum: 5 },
      level: { enum: [1, 2, 3] },
      applies_to: { type: 'array', items: { enum: [...APPLICABILITY_TAGS] }, minItems: 1 },
      dpo_pgdcs: {
        type: 'object',
        properties: {
          theme: { enum: ['security-management', 'design', 'operation'] },
          clause: { type: ['string', 'null'] },
          status: { enum: ['unmapped', 'mapped'] },
        },
      },
      sources: {
        type: 'array',
        items: {
          type: 'object',
          required: ['ref', 'clause'],
          properties: { ref: { type: 'string' }, clause: { type: 'string' } },
        },
        minItems: 1,
      },
      scan: {
        type: 'object',
        required: ['linkable'],
        properties: {
          linkable: { type: 'boolean' },
          relation: { enum: ['verifies', 'can_contradict', 'indicates'] },
          checks: { type: 'array', items: { type: 'string' } },
          note: t,
        },
      },
    },
  } as const
}

/** The seed draft's schema: text fields are plain strings. */
export const ITEM_JSON_SCHEMA = itemSchema({ type: 'string' })
export const LOCALIZED_ITEM_JSON_SCHEMA = itemSchema(localized)

/** The item with every text in one language, in the seed draft's shape. */
export function itemInLocale(item: ChecklistItem, locale: Locale): Record<string, unknown> {
  const { note, ...scan } = item.scan
  return {
    ...item,
    title: item.title[locale],
    question: item.question[locale],
    why_it_matters: item.why_it_matters[locale],
    how_to_comply: item.how_to_comply.map((s) => s[locale]),
    evidence: item.evidence.map((s) => s[locale]),
    scan: note === undefined ? scan : { ...scan, note: note[locale] },
  }
}
