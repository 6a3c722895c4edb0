import { Worker } from 'node:worker_threads';
import { WatnuError } from '../errors.js';
import type { Db, Queryable } from './db.js';
import { pglitePackage } from './pglite-package.js';

/**
 * PGlite in a worker thread. PGlite runs PostgreSQL as WebAssembly, and a
 * statement runs synchronously in the thread that calls it: on the main
 * thread every query stops the event loop for its whole run. Here the main
 * thread only posts messages; HTTP and timers go on while the worker runs
 * the SQL.
 *
 * The worker is a small script passed as source (`eval`), so it runs the
 * same way from the TypeScript sources (tests, tsx) and from dist/.
 * Transactions keep PGlite's own: the worker opens `pg.transaction`, runs
 * the statements the main thread sends for it, and commits or rolls back on
 * the main thread's word. Other statements wait behind it, as in PGlite.
 */
export interface PgliteThreadOptions {
  readonly dataDir: string;
  readonly postgresqlconf: string;
  /** A gzipped tar of a data directory to load into a `memory://` database. */
  readonly loadDataDirFile?: string;
  /** A template data directory the worker copies into the empty `dataDir` before opening it (pglite-template.ts seedPlan). */
  readonly seedFrom?: string;
}

type Request =
  | { op: 'query'; sql: string; params: readonly unknown[]; tx?: number }
  | { op: 'exec'; sql: string }
  | { op: 'begin' }
  | { op: 'end'; tx: number; commit: boolean }
  | { op: 'close' };

interface WorkerError {
  readonly message: string;
  readonly code?: string;
  readonly detail?: string;
}

type Reply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: WorkerError };

const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const { cpSync, readFileSync } = require('node:fs');
const { pathToFileURL } = require('node:url');
const open = (async () => {
  if (workerData.seedFrom) cpSync(workerData.seedFrom, workerData.dataDir, { recursive: true });
  const { PGlite } = await import(pathToFileURL(workerData.pglite).href);
  const loadDataDir = workerData.loadDataDirFile ? new Blob([readFileSync(workerData.loadDataDirFile)]) : undefined;
  return PGlite.create(workerData.dataDir, { postgresqlconf: workerData.postgresqlconf, ...(loadDataDir ? { loadDataDir } : {}) });
})();
const transactions = new Map();
let nextTx = 0;
const problem = (e) => ({ message: String(e && e.message || e), ...(e && e.code ? { code: String(e.code) } : {}), ...(e && e.detail ? { detail: String(e.detail) } : {}) });
const answer = (id, work) => work.then(
  (value) => parentPort.postMessage({ id, ok: true, value }),
  (e) => parentPort.postMessage({ id, ok: false, error: problem(e) }),
);
parentPort.on('message', ({ id, request }) => {
  answer(id, open.then(async (pg) => {
    switch (request.op) {
      case 'query': {
        const target = request.tx === undefined ? pg : transactions.get(request.tx)?.tx;
        if (!target) throw new Error('the transaction has ended');
        return (await target.query(request.sql, request.params)).rows;
      }
      case 'exec':
        await pg.exec(request.sql);
        return null;
      case 'begin': {
        const tx = ++nextTx;
        let started;
        const ready = new Promise((resolve) => { started = resolve; });
        const entry = {};
        entry.done = pg.transaction((handle) => new Promise((commit, rollback) => {
          Object.assign(entry, { tx: handle, commit, rollback });
          transactions.set(tx, entry);
          started();
        }));
        entry.done.catch(() => undefined);
        await Promise.race([ready, entry.done]);
        return tx;
      }
      case 'end': {
        const entry = transactions.get(request.tx);
        if (!entry) throw new Error('the transaction has ended');
        transactions.delete(request.tx);
        if (request.commit) {
          entry.commit();
          await entry.done;
        } else {
          entry.rollback(new Error('rolled back'));
          await entry.done.catch(() => undefined);
        }
        return null;
      }
      case 'close':
        await pg.close();
        return null;
    }
  }));
});
`;

class PgliteThread {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private nextId = 0;
  private failed: Error | null = null;

  constructor(options: PgliteThreadOptions) {
    this.worker = new Worker(workerSource, { eval: true, workerData: { ...options, pglite: pglitePackage().moduleEntry } });
    this.worker.on('message', (reply: Reply) => {
      const waiter = this.waiting.get(reply.id);
      if (!waiter) return;
      this.waiting.delete(reply.id);
      if (reply.ok) waiter.resolve(reply.value);
      else waiter.reject(Object.assign(new Error(reply.error.message), reply.error));
    });
    const fail = (error: Error) => {
      this.failed = new WatnuError('STORE_UNAVAILABLE', `the embedded database thread stopped: ${error.message}`);
      for (const waiter of this.waiting.values()) waiter.reject(this.failed);
      this.waiting.clear();
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => fail(new Error(`exit code ${code}`)));
  }

  call<T>(request: Request): Promise<T> {
    if (this.failed) return Promise.reject(this.failed);
    const id = ++this.nextId;
    return new Promise<T>((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.worker.postMessage({ id, request });
    });
  }

  async terminate(): Promise<void> {
    this.failed ??= new WatnuError('STORE_UNAVAILABLE', 'the embedded database is closed');
    for (const waiter of this.waiting.values()) waiter.reject(this.failed);
    this.waiting.clear();
    this.worker.removeAllListeners('exit');
    await this.worker.terminate();
  }
}

/** Opens PGlite in its own thread; resolves once the database answers. */
export async function openPgliteThread(options: PgliteThreadOptions): Promise<Db> {
  const thread = new PgliteThread(options);
  const queryable = (tx?: number): Queryable => ({
    query: <T>(sql: string, params: readonly unknown[] = []) => thread.call<T[]>({ op: 'query', sql, params, ...(tx === undefined ? {} : { tx }) }),
  });
  try {
    await thread.call({ op: 'query', sql: 'SELECT 1', params: [] });
  } catch (error) {
    await thread.terminate();
    throw error;
  }
  return {
    kind: 'pglite',
    ...queryable(),
    exec: async (sql) => {
      await thread.call({ op: 'exec', sql });
    },
    async transaction(work) {
      const tx = await thread.call<number>({ op: 'begin' });
      let result: Awaited<ReturnType<typeof work>>;
      try {
        result = await work(queryable(tx));
      } catch (error) {
        await thread.call({ op: 'end', tx, commit: false }).catch(() => undefined);
        throw error;
      }
      await thread.call({ op: 'end', tx, commit: true });
      return result;
    },
    async close() {
      await thread.call({ op: 'close' }).catch(() => undefined);
      await thread.terminate();
    },
  };
}
