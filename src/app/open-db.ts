import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import type { Db } from '../store/db.js';
import { openPgliteDb } from '../store/pglite-db.js';
import { pgliteTemplateAt } from '../store/pglite-template.js';
import { limitHeapGrowth } from './heap-growth.js';

/**
 * PostgreSQL when DATABASE_URL is set (in `pgSchema` or DATABASE_SCHEMA), else the embedded PGlite in DATA_DIR, seeded from the build's template.
 * The PostgreSQL driver is imported only for PostgreSQL: on the embedded default it would delay PGlite's worker, which is a start's longest path, by ~65 ms.
 */
export async function openDb(config: Config, log: Logger, pgSchema?: string): Promise<Db> {
  if (config.DATABASE_URL) {
    const { openPostgresDb } = await import('../store/postgres-db.js');
    return openPostgresDb({
      connectionString: config.DATABASE_URL,
      ...((pgSchema ?? config.DATABASE_SCHEMA) ? { schema: pgSchema ?? config.DATABASE_SCHEMA } : {}),
      onError: (error) => log.error({ err: error.message }, 'postgres pool error'),
    });
  }
  // The embedded default is sized for a laptop or a small container: memory before the last few percent of throughput.
  limitHeapGrowth(config.PGLITE_HEAP_GROWING_PERCENT);
  return openPgliteDb(config.dataDir, {
    template: pgliteTemplateAt(config.root),
    sharedBuffersMb: config.PGLITE_SHARED_BUFFERS_MB,
    thread: config.PGLITE_THREAD,
    onOpen: (outcome) => {
      if (outcome === 'no-template') {
        log.warn({ dataDir: config.dataDir }, 'DATA_DIR is empty and there is no PGlite template (npm run build makes it): initdb runs in this process (4–6 s, ~800 MB it keeps)');
      } else log.debug({ outcome }, 'embedded database opened');
    },
  });
}
