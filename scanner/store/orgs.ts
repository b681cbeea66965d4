import { HarbourScanError } from '../errors.ts'
import { hashToken, newId, newToken } from './ids.ts'
import type { Sql } from './sql.ts'
import type { Org, TokenInfo } from './types.ts'

export const LOCAL_ORG = 'local'

interface OrgRow {
  id: string
  name: string
  created_at: number
}

const toOrg = (r: OrgRow): Org => ({ id: r.id, name: r.name, createdAt: r.created_at })

export function validOrgName(name: string): boolean {
  return /^[a-z0-9][a-z0-9-]{0,62}$/.test(name)
}

export async function createOrg(sql: Sql, name: string): Promise<Org> {
  if (!validOrgName(name))
    throw new HarbourScanError(
      'E_USAGE',
      'Organisation names use lower-case letters, digits and dashes (at most 63)'
    )
  const id = newId()
  const now = Date.now()
  const added = await sql.run(
    'INSERT INTO orgs (id, name, created_at) VALUES (?, ?, ?) ON CONFLICT (name) DO NOTHING',
    [id, name, now]
  )
  if (added === 0) throw new HarbourScanError('E_EXISTS', `Organisation ${name} already exists`)
  return { id, name, createdAt: now }
}

export async function findOrg(sql: Sql, name: string): Promise<Org | undefined> {
  const row = await sql.get<OrgRow>('SELECT * FROM orgs WHERE name = ?', [name])
  return row ? toOrg(row) : undefined
}

export async function ensureOrg(sql: Sql, name: string): Promise<Org> {
  await sql.run(
    'INSERT INTO orgs (id, name, created_at) VALUES (?, ?, ?) ON CONFLICT (name) DO NOTHING',
    [newId(), name, Date.now()]
  )
  return (await findOrg(sql, name))!
}

export async function listOrgs(sql: Sql): Promise<(Org & { tokens: TokenInfo[] })[]> {
  const orgs = (await sql.all<OrgRow>('SELECT * FROM orgs ORDER BY name')).map(toOrg)
  const tokens = await sql.all<TokenRow>('SELECT * FROM tokens ORDER BY created_at')
  return orgs.map((o) => ({
    ...o,
    tokens: tokens.filter((t) => t.org_id === o.id).map(toToken),
  }))
}

interface TokenRow {
  id: string
  org_id: string
  name: string
  hint: string
  created_at: number
  revoked_at: number | null
}

const toToken = (r: TokenRow): TokenInfo => ({
  id: r.id,
  orgId: r.org_id,
  name: r.name,
  hint: r.hint,
  createdAt: r.created_at,
  ...(r.revoked_at !== null ? { revokedAt: r.revoked_at } : {}),
})

/** Creates a token and returns it in clear exactly once; only its SHA-256 is stored. */
export async function createToken(
  sql: Sql,
  orgName: string,
  name = 'default'
): Promise<{ token: string; info: TokenInfo }> {
  const org = await findOrg(sql, orgName)
  if (!org) throw new HarbourScanError('E_NOT_FOUND', `No organisation named ${orgName}`)
  const token = newToken()
  const info: TokenInfo = {
    id: newId(),
    orgId: org.id,
    name,
    hint: `${token.slice(0, 7)}…${token.slice(-4)}`,
    createdAt: Date.now(),
  }
  await sql.run(
    'INSERT INTO tokens (id, org_id, name, hash, hint, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    [info.id, org.id, name, hashToken(token), info.hint, info.createdAt]
  )
  return { token, info }
}

/** Revokes by token id, or by the clear token itself. */
export async function revokeToken(sql: Sql, idOrToken: string): Promise<boolean> {
  const changed = await sql.run(
    'UPDATE tokens SET revoked_at = ? WHERE (id = ? OR hash = ?) AND revoked_at IS NULL',
    [Date.now(), idOrToken, hashToken(idOrToken)]
  )
  return changed > 0
}

export async function orgForToken(sql: Sql, token: string): Promise<Org | undefined> {
  const row = await sql.get<OrgRow & { token_id: string }>(
    `SELECT o.*, t.id AS token_id FROM tokens t JOIN orgs o ON o.id = t.org_id
     WHERE t.hash = ? AND t.revoked_at IS NULL`,
    [hashToken(token)]
  )
  return row ? toOrg(row) : undefined
}

export async function activeTokenCount(sql: Sql): Promise<number> {
  const row = await sql.get<{ n: number }>(
    'SELECT COUNT(*) AS n FROM tokens WHERE revoked_at IS NULL'
  )
  return Number(row?.n ?? 0)
}
