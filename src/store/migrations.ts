import { createHash } from 'node:crypto';
import type { Db } from './db.js';
import type { Migration } from './schema/migration.js';
import { v1 } from './schema/v1-sessions-audit-handoffs.js';
import { v2 } from './schema/v2-calamity-incidents.js';
import { v3 } from './schema/v3-teams.js';
import { v4 } from './schema/v4-delivery-waiting.js';
import { v5 } from './schema/v5-web-sign-in.js';
import { v6 } from './schema/v6-practice-on-session.js';

export type { Migration } from './schema/migration.js';

/**
 * The one SQL schema, as an ordered list of migrations (one file each in schema/). Never edit a released
 * migration; add a new one. Timestamps are timestamptz; counters are cast to
 * int in queries because PGlite and pg return int8 differently.
 */
export const migrations: readonly Migration[] = [v1, v2, v3, v4, v5, v6];

/** Which migrations there are, as a hash: a PGlite template made with other migrations is remade by the build. */
export function migrationsFingerprint(): string {
  return createHash('sha256').update(JSON.stringify(migrations)).digest('hex').slice(0, 16);
}

/** Applies pending migrations in one transaction; safe to run from several processes at once. */
export async function migrate(db: Db): Promise<number[]> {
  await db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version integer PRIMARY KEY,
    name text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`);
  return db.transaction(async (tx) => {
    if (db.kind === 'postgres') await tx.query('SELECT pg_advisory_xact_lock(727274)');
    const rows = await tx.query<{ version: number }>('SELECT version::int AS version FROM schema_migrations');
    const applied = new Set(rows.map((r) => Number(r.version)));
    const done: number[] = [];
    for (const migration of migrations) {
      if (applied.has(migration.version)) continue;
      for (const statement of splitStatements(migration.sql)) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      done.push(migration.version);
    }
    return done;
  });
}

/** Splits on statement ends, keeping $fn$ … $fn$ function bodies whole. */
function splitStatements(sql: string): string[] {
  const statements: string[] = [];
  let current = '';
  let inBody = false;
  for (const line of sql.split('\n')) {
    current += `${line}\n`;
    if ((line.match(/\$fn\$/g) ?? []).length % 2 === 1) inBody = !inBody;
    if (!inBody && /;\s*$/.test(line)) {
      statements.push(current.trim().replace(/;$/, ''));
      current = '';
    }
  }
  if (current.trim()) statements.push(current.trim());
  return statements.filter((s) => s.length > 0);
}
