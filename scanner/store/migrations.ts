import type { Sql } from './sql.ts'

/**
 * Schema versions, applied in order inside one transaction each. The DDL is dialect-neutral (both
 * SQLite and PostgreSQL accept it). Every tenant-owned row carries org_id and every query filters on
 * it; ids are random, never sequential.
 */
export const MIGRATIONS: readonly string[] = [
  `CREATE TABLE orgs (id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, created_at BIGINT NOT NULL);
   CREATE TABLE tokens (id TEXT PRIMARY KEY, org_id TEXT NOT NULL REFERENCES orgs(id),
     name TEXT NOT NULL, hash TEXT NOT NULL UNIQUE, hint TEXT NOT NULL,
     created_at BIGINT NOT NULL, revoked_at BIGINT, last_used_at BIGINT);
   CREATE TABLE batches (id TEXT PRIMARY KEY, org_id TEXT NOT NULL REFERENCES orgs(id),
     name TEXT NOT NULL, idempotency_key TEXT, total INTEGER NOT NULL, accepted INTEGER NOT NULL,
     cancelled INTEGER NOT NULL DEFAULT 0, created_at BIGINT NOT NULL,
     UNIQUE (org_id, idempotency_key));
   CREATE TABLE scans (id TEXT PRIMARY KEY, org_id TEXT NOT NULL REFERENCES orgs(id),
     input TEXT NOT NULL, url TEXT NOT NULL, host TEXT NOT NULL, status TEXT NOT NULL, batch_id TEXT, batch_row INTEGER,
     created_at BIGINT NOT NULL, started_at BIGINT, finished_at BIGINT, attempt INTEGER NOT NULL DEFAULT 0,
     progress TEXT, error TEXT, grades TEXT, completions INTEGER NOT NULL DEFAULT 0);
   CREATE INDEX scans_history ON scans (org_id, host, created_at);
   CREATE INDEX scans_org_created ON scans (org_id, created_at);
   CREATE INDEX scans_batch ON scans (batch_id, batch_row);
   CREATE TABLE scan_results (scan_id TEXT PRIMARY KEY REFERENCES scans(id),
     org_id TEXT NOT NULL, attempt INTEGER NOT NULL, result TEXT NOT NULL, artifacts TEXT NOT NULL);
   CREATE TABLE batch_issues (batch_id TEXT NOT NULL REFERENCES batches(id), org_id TEXT NOT NULL,
     row_no INTEGER NOT NULL, input TEXT NOT NULL, kind TEXT NOT NULL, code TEXT,
     reason TEXT, first_row INTEGER, PRIMARY KEY (batch_id, row_no));
   CREATE TABLE checklist_profiles (org_id TEXT PRIMARY KEY REFERENCES orgs(id),
     profile TEXT NOT NULL, updated_at BIGINT NOT NULL);
   CREATE TABLE checklist_answers (org_id TEXT NOT NULL REFERENCES orgs(id), item_id TEXT NOT NULL,
     answer TEXT NOT NULL, note TEXT, updated_at BIGINT NOT NULL, PRIMARY KEY (org_id, item_id));`,
  // Batch progress and row counts from the index alone: counting a 100k-row batch through the
  // table took ~50 ms of synchronous SQLite on the API's event loop, on every progress poll.
  `CREATE INDEX scans_batch_status ON scans (batch_id, status, org_id);
   CREATE INDEX batch_issues_kind ON batch_issues (batch_id, kind, org_id);`,
  // What a batch was made from, so a reused Idempotency-Key with another list is refused and an
  // identical list sent twice within minutes (a double click, a retry) is the same batch.
  `ALTER TABLE batches ADD COLUMN request_hash TEXT;
   CREATE INDEX batches_request ON batches (org_id, request_hash, created_at);`,
]

export async function migrate(sql: Sql): Promise<void> {
  await sql.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)'
  )
  for (const [index, ddl] of MIGRATIONS.entries()) {
    const version = index + 1
    await sql.tx(async (tx) => {
      if (sql.dialect === 'pg') await tx.exec('LOCK TABLE schema_migrations IN EXCLUSIVE MODE')
      const done = await tx.get('SELECT version FROM schema_migrations WHERE version = ?', [
        version,
      ])
      if (done) return
      for (const statement of ddl
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean)) {
        await tx.exec(statement)
      }
      await tx.run('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)', [
        version,
        Date.now(),
      ])
    })
  }
}
