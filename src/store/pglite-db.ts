import { mkdirSync } from 'node:fs';
import type { Db } from './db.js';
import { pgliteAsDb } from './pglite-as-db.js';
import { openPgliteThread } from './pglite-thread.js';
import { type PgliteTemplate, type SeedOutcome, seedDataDir, seedPlan, templateTarball, templateTarballFile } from './pglite-template.js';

export interface PgliteOptions {
  /** Copied into an empty data directory (or loaded into a `memory://` one) instead of running initdb in this process. */
  readonly template?: PgliteTemplate;
  /**
   * PostgreSQL's shared_buffers in MB. PGlite reserves them in WASM memory
   * that is never returned; its default (128 MB) is sized for a server, a chat
   * bot's working set is a few MB. 16 MB: RSS after open 158 MB instead of 290 MB.
   */
  readonly sharedBuffersMb?: number;
  /** 'worker': PGlite runs in its own thread (pglite-thread.ts), so a query never stops the event loop; default 'main' (the server's default is config PGLITE_THREAD). */
  readonly thread?: 'worker' | 'main';
  /** Told whether the directory existed, was seeded from the template, or needed initdb. */
  readonly onOpen?: (outcome: SeedOutcome | 'memory') => void;
}

/** Embedded PostgreSQL (WASM) in a data directory; `memory://` for throw-away databases. */
export async function openPgliteDb(dataDir: string, options: PgliteOptions = {}): Promise<Db> {
  const inMemory = dataDir.startsWith('memory://');
  if (!inMemory) mkdirSync(dataDir, { recursive: true });
  const postgresqlconf = `shared_buffers=${options.sharedBuffersMb ?? 16}MB`;
  if (options.thread === 'worker') {
    // The worker copies the template itself: this thread goes on loading the app meanwhile.
    const plan: { outcome: SeedOutcome | 'memory'; from?: string } = inMemory ? { outcome: 'memory' } : seedPlan(dataDir, options.template);
    options.onOpen?.(plan.outcome);
    const loadDataDirFile = inMemory ? templateTarballFile(options.template) : undefined;
    return openPgliteThread({ dataDir, postgresqlconf, ...(loadDataDirFile ? { loadDataDirFile } : {}), ...(plan.from ? { seedFrom: plan.from } : {}) });
  }
  const outcome: SeedOutcome | 'memory' = inMemory ? 'memory' : seedDataDir(dataDir, options.template);
  options.onOpen?.(outcome);
  const loadDataDir = inMemory ? templateTarball(options.template) : undefined;
  const { PGlite } = await import('@electric-sql/pglite');
  const pg = await PGlite.create(dataDir, {
    postgresqlconf,
    ...(loadDataDir ? { loadDataDir } : {}),
  });
  return pgliteAsDb(pg);
}
