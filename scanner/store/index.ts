import { mkdirSync } from 'node:fs'
import path from 'node:path'
import * as batches from './batches.ts'
import * as checklist from './checklist.ts'
import { migrate } from './migrations.ts'
import * as orgs from './orgs.ts'
import { openPostgres } from './pg-sql.ts'
import * as scans from './scans.ts'
import { openSqlite, type Sql } from './sql.ts'

export type { Sql } from './sql.ts'
export * from './types.ts'
export { LOCAL_ORG } from './orgs.ts'

type Bound<F> = F extends (sql: Sql, ...rest: infer A) => infer R ? (...rest: A) => R : never
type BindAll<M> = { [K in keyof M]: Bound<M[K]> }

function bindAll<M extends Record<string, unknown>>(sql: Sql, module: M): BindAll<M> {
  const out: Record<string, unknown> = {}
  for (const [name, fn] of Object.entries(module)) {
    if (typeof fn === 'function' && fn.length >= 1) {
      out[name] = (...args: unknown[]) => (fn as (...a: unknown[]) => unknown)(sql, ...args)
    }
  }
  return out as BindAll<M>
}

const SCAN_FNS = {
  insertScans: scans.insertScans,
  getScan: scans.getScan,
  getScanForWork: scans.getScanForWork,
  listScans: scans.listScans,
  markRunning: scans.markRunning,
  setProgress: scans.setProgress,
  finishScan: scans.finishScan,
  failScan: scans.failScan,
  requeueScan: scans.requeueScan,
  cancelScans: scans.cancelScans,
  getResult: scans.getResult,
  getResultText: scans.getResultText,
  failStalled: scans.failStalled,
}
const ORG_FNS = {
  createOrg: orgs.createOrg,
  findOrg: orgs.findOrg,
  ensureOrg: orgs.ensureOrg,
  listOrgs: orgs.listOrgs,
  createToken: orgs.createToken,
  revokeToken: orgs.revokeToken,
  orgForToken: orgs.orgForToken,
  activeTokenCount: orgs.activeTokenCount,
}
const BATCH_FNS = {
  createBatch: batches.createBatch,
  getBatch: batches.getBatch,
  listBatches: batches.listBatches,
  batchCounts: batches.batchCounts,
  batchRows: batches.batchRows,
  batchIssues: batches.batchIssues,
  batchResults: batches.batchResults,
  markBatchCancelled: batches.markBatchCancelled,
}
const CHECKLIST_FNS = {
  getChecklist: checklist.getChecklist,
  putProfile: checklist.putProfile,
  putAnswer: checklist.putAnswer,
}

/**
 * The store: every tenant-owned read and write takes the organisation id first. One
 * implementation over `Sql`, so the embedded SQLite file and PostgreSQL behave the same.
 */
export type Store = BindAll<typeof SCAN_FNS> &
  BindAll<typeof ORG_FNS> &
  BindAll<typeof BATCH_FNS> &
  BindAll<typeof CHECKLIST_FNS> & { readonly sql: Sql; close(): Promise<void> }

export function storeOver(sql: Sql): Store {
  return {
    ...bindAll(sql, SCAN_FNS),
    ...bindAll(sql, ORG_FNS),
    ...bindAll(sql, BATCH_FNS),
    ...bindAll(sql, CHECKLIST_FNS),
    sql,
    close: () => sql.close(),
  }
}

export interface StoreOptions {
  /** postgres://… to use PostgreSQL; otherwise the embedded SQLite file under dataDir. */
  database?: string
  dataDir?: string
}

export function isPostgresUrl(value: string | undefined): value is string {
  return value !== undefined && /^postgres(ql)?:\/\//.test(value)
}

export async function openStore(o: StoreOptions = {}): Promise<Store> {
  let sql: Sql
  if (isPostgresUrl(o.database)) {
    sql = openPostgres(o.database)
  } else if (o.database !== undefined) {
    sql = openSqlite(o.database)
  } else {
    const dir = o.dataDir ?? 'data'
    mkdirSync(dir, { recursive: true })
    sql = openSqlite(path.join(dir, 'harbourscan.sqlite'))
  }
  await migrate(sql)
  return storeOver(sql)
}
