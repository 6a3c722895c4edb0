import type { Express } from 'express';
import type { Db } from '../store/db.js';
import { migrations } from '../store/migrations.js';

export interface ReadinessProbe {
  readonly db: Db;
  /** The outbox dispatcher is running. */
  readonly dispatcherRunning: () => boolean;
}

/** What /readyz checks: the database answers, every migration is applied, the dispatcher runs. */
export async function readiness(probe: ReadinessProbe): Promise<{ ready: boolean; checks: Record<string, boolean> }> {
  let database = false;
  let migrated = false;
  try {
    const rows = await probe.db.query<{ version: number }>('SELECT COALESCE(max(version), 0)::int AS version FROM schema_migrations');
    database = true;
    migrated = Number(rows[0]?.version ?? 0) >= Math.max(...migrations.map((m) => m.version));
  } catch {
    /* unreachable database: not ready */
  }
  const checks = { database, migrations: migrated, dispatcher: probe.dispatcherRunning() };
  return { ready: Object.values(checks).every(Boolean), checks };
}

/**
 * GET /healthz: the process answers (liveness; no database call).
 * GET /readyz: 200 when it can serve (database, migrations, dispatcher), 503 with the failing checks otherwise.
 * Neither needs a key: they say nothing about schools, people or messages.
 */
export function mountHealthRoutes(app: Express, probe: ReadinessProbe): void {
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const result = await readiness(probe);
    res.status(result.ready ? 200 : 503).json({ status: result.ready ? 'ready' : 'not ready', checks: result.checks });
  });
}
