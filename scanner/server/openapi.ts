import { SCANNER_VERSION } from '../version.ts'

type Schema = Record<string, unknown>
interface Operation {
  summary: string
  tags: string[]
  parameters?: {
    name: string
    in: 'path' | 'query' | 'header'
    required?: boolean
    description?: string
    schema: Schema
  }[]
  requestBody?: { required: boolean; content: Record<string, { schema: Schema }> }
  responses: Record<string, { description: string; content?: Record<string, { schema: Schema }> }>
  security?: Record<string, string[]>[]
}
export interface OpenApiDocument {
  openapi: '3.1.0'
  info: { title: string; version: string; description: string }
  servers: { url: string }[]
  components: { securitySchemes: Schema; schemas: Record<string, Schema> }
  security: Record<string, string[]>[]
  paths: Record<string, Partial<Record<'get' | 'post' | 'put' | 'delete', Operation>>>
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })
const json = (schema: Schema) => ({ 'application/json': { schema } })
const problem = {
  description: 'Problem details',
  content: { 'application/problem+json': { schema: ref('Problem') } },
}
const errors = { '400': problem, '401': problem, '404': problem, '429': problem }
const id = { name: 'id', in: 'path' as const, required: true, schema: { type: 'string' } }
const q = (name: string, schema: Schema = { type: 'string' }) => ({
  name,
  in: 'query' as const,
  schema,
})
const ok = (description: string, schema: Schema = { type: 'object' }) => ({
  description,
  content: json(schema),
})
const file = (description: string) => ({
  description,
  content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
})
const sse = {
  description: 'Server-sent events',
  content: { 'text/event-stream': { schema: { type: 'string' } } },
}
const op = (
  tag: string,
  summary: string,
  responses: Operation['responses'],
  extra: Partial<Operation> = {}
): Operation => ({
  summary,
  tags: [tag],
  responses: { ...responses, ...errors },
  ...extra,
})
const fmt = (values: string[]) => q('format', { type: 'string', enum: values, default: values[0] })
const jsonBody = (schema: Schema) => ({ required: true, content: json(schema) })

const STATUS = { type: 'string', enum: ['queued', 'running', 'done', 'failed', 'cancelled'] }

/** The API description, written as a typed object; a test checks every app route appears here. */
export const OPENAPI: OpenApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'HarbourScan API',
    version: SCANNER_VERSION,
    description:
      'Passive website security scans, batches, reports and the security checklist. Errors are application/problem+json.',
  },
  servers: [{ url: '/' }],
  security: [{ bearer: [] }],
  components: {
    securitySchemes: {
      bearer: { type: 'http', scheme: 'bearer', description: 'hs_… organisation token' },
    },
    schemas: {
      Problem: {
        type: 'object',
        required: ['type', 'title', 'status', 'detail', 'code'],
        properties: {
          type: { type: 'string' },
          title: { type: 'string' },
          status: { type: 'integer' },
          detail: { type: 'string' },
          code: { type: 'string' },
        },
      },
      ScanSummary: {
        type: 'object',
        required: ['id', 'url', 'host', 'status', 'createdAt'],
        properties: {
          id: { type: 'string' },
          url: { type: 'string' },
          host: { type: 'string' },
          status: STATUS,
          createdAt: { type: 'string', format: 'date-time' },
          finishedAt: { type: 'string', format: 'date-time' },
          grades: {
            type: 'object',
            properties: {
              overall: { type: 'string' },
              tls: { type: 'string' },
              web: { type: 'string' },
            },
          },
          batchId: { type: 'string' },
        },
      },
      Scan: {
        type: 'object',
        required: ['id', 'url', 'host', 'status', 'createdAt', 'progress'],
        properties: {
          id: { type: 'string' },
          url: { type: 'string' },
          host: { type: 'string' },
          status: STATUS,
          createdAt: { type: 'string' },
          startedAt: { type: 'string' },
          finishedAt: { type: 'string' },
          progress: {
            type: 'object',
            properties: {
              done: { type: 'integer' },
              total: { type: 'integer' },
              current: { type: 'string' },
            },
          },
          result: {
            type: 'object',
            description: 'ScanResult (reports/schema/scan-result.schema.json)',
          },
          error: {
            type: 'object',
            properties: { code: { type: 'string' }, message: { type: 'string' } },
          },
        },
      },
      Batch: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          name: { type: 'string' },
          status: { type: 'string' },
          createdAt: { type: 'string' },
          counts: { type: 'object', additionalProperties: { type: 'integer' } },
        },
      },
      BatchCreated: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          total: { type: 'integer' },
          accepted: { type: 'integer' },
          duplicates: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                row: { type: 'integer' },
                input: { type: 'string' },
                firstRow: { type: 'integer' },
              },
            },
          },
          invalid: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                row: { type: 'integer' },
                input: { type: 'string' },
                code: { type: 'string' },
                reason: { type: 'string' },
              },
            },
          },
        },
      },
    },
  },
  paths: {
    '/api/health': {
      get: op('service', 'Liveness and version', { '200': ok('Healthy') }, { security: [] }),
    },
    '/api/openapi.json': {
      get: op('service', 'This document', { '200': ok('OpenAPI 3.1') }, { security: [] }),
    },
    '/api/docs': {
      get: op(
        'service',
        'Browsable API documentation',
        { '200': { description: 'HTML' } },
        { security: [] }
      ),
    },
    '/api/scans': {
      post: op(
        'scans',
        'Queue a scan',
        {
          '202': ok('Queued', {
            type: 'object',
            properties: {
              id: { type: 'string' },
              status: STATUS,
              url: { type: 'string' },
              links: { type: 'object' },
            },
          }),
        },
        {
          requestBody: jsonBody({
            type: 'object',
            required: ['url'],
            properties: { url: { type: 'string' } },
          }),
        }
      ),
      get: op(
        'scans',
        'Scan history (per target with ?target=)',
        {
          '200': ok('A page of scans', {
            type: 'object',
            properties: {
              items: { type: 'array', items: ref('ScanSummary') },
              next: { type: 'string' },
            },
          }),
        },
        {
          parameters: [q('target'), q('limit', { type: 'integer', maximum: 100 }), q('cursor')],
        }
      ),
    },
    '/api/scans/{id}': {
      get: op(
        'scans',
        'One scan with its result',
        { '200': ok('The scan', ref('Scan')) },
        { parameters: [id] }
      ),
    },
    '/api/scans/{id}/events': {
      get: op('scans', 'Progress as server-sent events', { '200': sse }, { parameters: [id] }),
    },
    '/api/scans/{id}/cancel': {
      post: op('scans', 'Cancel a scan', { '202': ok('Cancelled') }, { parameters: [id] }),
    },
    '/api/scans/{id}/report': {
      get: op(
        'reports',
        'Download the report',
        { '200': file('Report file') },
        { parameters: [id, fmt(['json', 'html', 'pdf', 'csv', 'sarif'])] }
      ),
    },
    '/api/scans/{id}/artifacts': {
      get: op(
        'scans',
        'Raw collected evidence',
        { '200': ok('CollectedArtifacts') },
        { parameters: [id] }
      ),
    },
    '/api/diff': {
      get: op(
        'reports',
        'What changed between two scans',
        { '200': ok('ScanDiff') },
        { parameters: [q('from'), q('to'), fmt(['json', 'html', 'csv'])] }
      ),
    },
    '/api/batches': {
      post: op(
        'batches',
        'Create a batch from a CSV/text upload or a JSON list',
        { '202': ok('Accepted', ref('BatchCreated')), '413': problem, '422': problem },
        {
          parameters: [
            {
              name: 'Idempotency-Key',
              in: 'header',
              description:
                'The same key returns the same batch (422 if the list differs). Without a key, the same list sent again within 10 minutes does.',
              schema: { type: 'string', maxLength: 200 },
            },
          ],
          requestBody: {
            required: true,
            content: {
              'multipart/form-data': {
                schema: {
                  type: 'object',
                  properties: {
                    file: { type: 'string', format: 'binary' },
                    name: { type: 'string' },
                  },
                },
              },
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['urls'],
                  properties: {
                    name: { type: 'string' },
                    urls: { type: 'array', maxItems: 100000, items: { type: 'string' } },
                  },
                },
              },
            },
          },
        }
      ),
      get: op('batches', 'List batches', {
        '200': ok('Batches', {
          type: 'object',
          properties: { items: { type: 'array', items: ref('Batch') } },
        }),
      }),
    },
    '/api/batches/{id}': {
      get: op(
        'batches',
        'Batch progress',
        { '200': ok('The batch', ref('Batch')) },
        { parameters: [id] }
      ),
    },
    '/api/batches/{id}/rows': {
      get: op(
        'batches',
        'Per-row status',
        { '200': ok('Rows') },
        {
          parameters: [
            id,
            q('offset', { type: 'integer' }),
            q('limit', { type: 'integer', maximum: 1000 }),
            q('status'),
          ],
        }
      ),
    },
    '/api/batches/{id}/summary': {
      get: op(
        'batches',
        'Grade distribution, common findings, worst sites first',
        { '200': ok('Summary') },
        { parameters: [id] }
      ),
    },
    '/api/batches/{id}/export': {
      get: op(
        'reports',
        'Export the batch',
        { '200': file('Export file') },
        { parameters: [id, fmt(['csv', 'html', 'pdf', 'json'])] }
      ),
    },
    '/api/batches/{id}/events': {
      get: op(
        'batches',
        'Batch progress as server-sent events',
        { '200': sse },
        { parameters: [id] }
      ),
    },
    '/api/batches/{id}/cancel': {
      post: op(
        'batches',
        'Cancel the queued and running scans of a batch',
        { '202': ok('Cancelled') },
        { parameters: [id] }
      ),
    },
    '/api/checklist': {
      get: op('checklist', 'Profile and answers of the organisation', { '200': ok('Checklist') }),
    },
    '/api/checklist/profile': {
      put: op(
        'checklist',
        'Save the profile',
        { '200': ok('Saved') },
        { requestBody: jsonBody({ type: 'object' }) }
      ),
    },
    '/api/checklist/answers/{itemId}': {
      put: op(
        'checklist',
        'Save one answer',
        { '200': ok('Saved') },
        {
          parameters: [{ name: 'itemId', in: 'path', required: true, schema: { type: 'string' } }],
          requestBody: jsonBody({
            type: 'object',
            required: ['answer'],
            properties: {
              answer: { type: 'string', enum: ['yes', 'partly', 'no', 'not-sure', 'na'] },
              note: { type: 'string', maxLength: 2000 },
            },
          }),
        }
      ),
    },
  },
}
