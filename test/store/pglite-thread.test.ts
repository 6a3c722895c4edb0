import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/store/db.js';
import { openTestDb } from '../helpers/test-app.js';

/** A statement that keeps PostgreSQL busy for a while (a few hundred ms in PGlite). */
const busy = 'SELECT sum(x)::text AS total FROM generate_series(1, 3000000) AS x';

/** How often a 1 ms interval fired while the statement ran: PGlite on the main thread blocks the event loop for the whole statement. */
async function ticksDuring(db: Db): Promise<{ ticks: number; total: string }> {
  let ticks = 0;
  const timer = setInterval(() => ticks++, 1);
  try {
    const [row] = await db.query<{ total: string }>(busy);
    return { ticks, total: row!.total };
  } finally {
    clearInterval(timer);
  }
}

describe('PGlite in a worker thread (issue 17: no query stops the event loop)', () => {
  let worker: Db;
  let main: Db;
  beforeAll(async () => {
    [worker, main] = await Promise.all([openTestDb('pglite-worker'), openTestDb('pglite')]);
  });
  afterAll(async () => {
    await Promise.all([worker.close(), main.close()]);
  });

  it('timers keep firing while the worker runs a long statement; on the main thread they do not', async () => {
    const inWorker = await ticksDuring(worker);
    const onMain = await ticksDuring(main);
    expect(inWorker.total).toBe('4500001500000');
    expect(onMain.total).toBe(inWorker.total);
    expect(onMain.ticks).toBeLessThanOrEqual(2);
    expect(inWorker.ticks).toBeGreaterThan(onMain.ticks + 5);
  });

  it('a failing statement rejects with PostgreSQL’s code and message, and the database goes on', async () => {
    await expect(worker.query('SELECT * FROM no_such_table')).rejects.toMatchObject({ code: '42P01', message: expect.stringContaining('no_such_table') });
    expect(await worker.query<{ n: number }>('SELECT $1::int AS n', [7])).toEqual([{ n: 7 }]);
  });

  it('statements outside a transaction wait for it, and see its rows only after the commit', async () => {
    await worker.exec('CREATE TABLE thread_check (n int)');
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const tx = worker.transaction(async (q) => {
      await q.query('INSERT INTO thread_check VALUES ($1)', [1]);
      await gate;
      await q.query('INSERT INTO thread_check VALUES ($1)', [2]);
    });
    const outside = worker.query<{ n: number }>('SELECT count(*)::int AS n FROM thread_check');
    release();
    await tx;
    expect(await outside).toEqual([{ n: 2 }]);
  });

  it('a transaction whose work throws leaves nothing behind', async () => {
    await worker.exec('CREATE TABLE thread_rollback (n int)');
    await expect(
      worker.transaction(async (q) => {
        await q.query('INSERT INTO thread_rollback VALUES ($1)', [1]);
        throw new Error('the turn failed');
      }),
    ).rejects.toThrow('the turn failed');
    expect(await worker.query('SELECT n FROM thread_rollback')).toEqual([]);
  });

  it('after close, a statement is refused with a clear error instead of hanging', async () => {
    const db = await openTestDb('pglite-worker');
    await db.close();
    await expect(db.query('SELECT 1')).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
  });
});
