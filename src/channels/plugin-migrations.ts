import type { Db } from '../store/db.js';
import type { ChannelPlugin } from './plugin.js';

/**
 * Applies each channel plugin's own migrations once, after the core schema
 * (store/migrations.ts). Tracked per channel, so a plugin numbers its own
 * versions from 1. Statements end with `;` at a line end (no function bodies).
 */
export async function migrateChannels(db: Db, plugins: readonly ChannelPlugin[]): Promise<string[]> {
  const withTables = plugins.filter((p) => (p.migrations?.length ?? 0) > 0);
  if (withTables.length === 0) return [];
  await db.exec(`CREATE TABLE IF NOT EXISTS channel_migrations (
    channel text NOT NULL,
    version integer NOT NULL,
    name text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (channel, version)
  )`);
  return db.transaction(async (tx) => {
    if (db.kind === 'postgres') await tx.query('SELECT pg_advisory_xact_lock(727275)');
    const rows = await tx.query<{ channel: string; version: number }>('SELECT channel, version::int AS version FROM channel_migrations');
    const applied = new Set(rows.map((r) => `${r.channel}:${Number(r.version)}`));
    const done: string[] = [];
    for (const plugin of withTables) {
      for (const migration of plugin.migrations ?? []) {
        const key = `${plugin.id}:${migration.version}`;
        if (applied.has(key)) continue;
        for (const statement of migration.sql.split(/;\s*\n/).map((s) => s.trim().replace(/;$/, '')).filter(Boolean)) await tx.query(statement);
        await tx.query('INSERT INTO channel_migrations (channel, version, name) VALUES ($1, $2, $3)', [plugin.id, migration.version, migration.name]);
        done.push(key);
      }
    }
    return done;
  });
}
