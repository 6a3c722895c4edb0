import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/store/db.js';
import { migrate } from '../../src/store/migrations.js';
import { loadSession } from '../../src/store/session-repository.js';
import { openTestDb, postgresAvailable } from '../helpers/test-app.js';

/** On PostgreSQL every statement with parameters is prepared once per connection, then only bound (issue 17: database CPU per turn). */
describe.skipIf(!postgresAvailable)('PostgreSQL statements are named and prepared once per connection', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openTestDb('postgres');
    await migrate(db);
  });
  afterAll(async () => {
    await db.close();
  });

  it('a statement run twice on one connection is prepared once, under a stable name', async () => {
    const prepared = await db.transaction(async (tx) => {
      await loadSession(tx, 'teams:prepared-1');
      await loadSession(tx, 'teams:prepared-2');
      return tx.query<{ name: string; statement: string }>('SELECT name, statement FROM pg_prepared_statements');
    });
    const session = prepared.filter((row) => row.statement.includes('FROM sessions WHERE key = $1'));
    expect(session).toHaveLength(1);
    expect(session[0]!.name).toMatch(/^w[\w-]{16}$/);
  });

  it('the same SQL text with other parameters reuses the statement and gives the right rows', async () => {
    const rows = await db.transaction(async (tx) => [
      ...(await tx.query<{ n: number }>('SELECT $1::int AS n', [1])),
      ...(await tx.query<{ n: number }>('SELECT $1::int AS n', [2])),
    ]);
    expect(rows.map((row) => row.n)).toEqual([1, 2]);
  });
});
