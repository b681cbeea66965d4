import type { Sql } from './sql.ts'
import type { Checklist, ChecklistAnswer } from './types.ts'

export async function getChecklist(sql: Sql, orgId: string): Promise<Checklist> {
  const profile = await sql.get<{ profile: string }>(
    'SELECT profile FROM checklist_profiles WHERE org_id = ?',
    [orgId]
  )
  const rows = await sql.all<{
    item_id: string
    answer: ChecklistAnswer
    note: string | null
    updated_at: number
  }>(
    'SELECT item_id, answer, note, updated_at FROM checklist_answers WHERE org_id = ? ORDER BY item_id',
    [orgId]
  )
  const answers: Checklist['answers'] = {}
  for (const r of rows) {
    answers[r.item_id] = {
      answer: r.answer,
      ...(r.note !== null ? { note: r.note } : {}),
      updatedAt: new Date(Number(r.updated_at)).toISOString(),
    }
  }
  return { profile: profile ? JSON.parse(profile.profile) : {}, answers }
}

export async function putProfile(sql: Sql, orgId: string, profile: Checklist['profile']) {
  await sql.run(
    `INSERT INTO checklist_profiles (org_id, profile, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (org_id) DO UPDATE SET profile = excluded.profile, updated_at = excluded.updated_at`,
    [orgId, JSON.stringify(profile), Date.now()]
  )
}

export async function putAnswer(
  sql: Sql,
  orgId: string,
  itemId: string,
  answer: ChecklistAnswer,
  note: string | undefined
) {
  await sql.run(
    `INSERT INTO checklist_answers (org_id, item_id, answer, note, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (org_id, item_id) DO UPDATE SET answer = excluded.answer, note = excluded.note,
     updated_at = excluded.updated_at`,
    [orgId, itemId, answer, note ?? null, Date.now()]
  )
}
