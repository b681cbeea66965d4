import { Hono } from 'hono'
import type { ChecklistAnswer } from '../../store/types.ts'
import type { AppEnv, ServiceContext } from '../context.ts'
import { HttpProblem } from '../problem.ts'
import { jsonBody } from './util.ts'

const ANSWERS: readonly ChecklistAnswer[] = ['yes', 'partly', 'no', 'not-sure', 'na']
const ITEM_ID = /^[A-Za-z0-9._-]{1,64}$/
const MAX_PROFILE_KEYS = 200

function validProfile(value: unknown): value is Record<string, string | string[] | boolean> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false
  const entries = Object.entries(value)
  return (
    entries.length <= MAX_PROFILE_KEYS &&
    entries.every(
      ([k, v]) =>
        k.length <= 64 &&
        (typeof v === 'boolean' ||
          (typeof v === 'string' && v.length <= 500) ||
          (Array.isArray(v) &&
            v.length <= 50 &&
            v.every((x) => typeof x === 'string' && x.length <= 200)))
    )
  )
}

export function checklistRoutes(ctx: ServiceContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>()
  app.get('/', async (c) => c.json(await ctx.store.getChecklist(c.get('org').id)))
  app.put('/profile', async (c) => {
    const body = await jsonBody<unknown>(c, 100_000)
    if (!validProfile(body))
      throw new HttpProblem(
        400,
        'E_PROFILE_INVALID',
        'A profile maps question ids to a string, a list of strings or a boolean'
      )
    await ctx.store.putProfile(c.get('org').id, body)
    return c.json({ saved: true })
  })
  app.put('/answers/:itemId', async (c) => {
    const itemId = c.req.param('itemId')
    if (!ITEM_ID.test(itemId)) throw new HttpProblem(400, 'E_ITEM_INVALID', 'Unknown item id')
    const body = await jsonBody<{ answer?: unknown; note?: unknown }>(c, 20_000)
    if (!ANSWERS.includes(body.answer as ChecklistAnswer))
      throw new HttpProblem(400, 'E_ANSWER_INVALID', `answer must be one of ${ANSWERS.join(', ')}`)
    if (body.note !== undefined && (typeof body.note !== 'string' || body.note.length > 2_000))
      throw new HttpProblem(
        400,
        'E_ANSWER_INVALID',
        'note must be a string of at most 2000 characters'
      )
    await ctx.store.putAnswer(
      c.get('org').id,
      itemId,
      body.answer as ChecklistAnswer,
      body.note as string | undefined
    )
    return c.json({ saved: true })
  })
  return app
}
