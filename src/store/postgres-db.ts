import { createHash } from 'node:crypto';
import pg from 'pg';
import { WatnuError } from '../errors.js';
import type { Db, Queryable } from './db.js';

export interface PostgresOptions {
  readonly connectionString: string;
  /** Schema to use (tests isolate themselves this way); created if missing. */
  readonly schema?: string;
  readonly max?: number;
  readonly onError?: (error: Error) => void;
}

/** Errors after which a statement did not run and a fresh connection will do (server restart, dropped socket). */
const connectionLostCodes = new Set(['57P01', '57P02', '57P03', '08000', '08003', '08006', 'ECONNRESET', 'ECONNREFUSED', 'EPIPE']);

export function isConnectionLost(error: unknown): boolean {
  const e = error as { code?: string; message?: string } | null;
  if (e?.code !== undefined && connectionLostCodes.has(e.code)) return true;
  return /Connection terminated|connection ended|Client has encountered a connection error|terminating connection/i.test(e?.message ?? '');
}

class CommitOutcomeUnknown extends Error {}

/**
 * Retries work that failed because the connection was lost (the pool drops
 * the broken client; the retry gets a new one), so a PostgreSQL restart costs
 * a moment, not a failed turn. A transaction whose COMMIT may have gone
 * through is never retried blindly.
 */
async function withReconnect<T>(work: () => Promise<T>, onRetry: (error: Error) => void): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (error instanceof CommitOutcomeUnknown) {
        throw new WatnuError('STORE_UNAVAILABLE', 'the database connection was lost while committing; check and try again');
      }
      if (!isConnectionLost(error)) throw error;
      if (attempt >= 20) throw new WatnuError('STORE_UNAVAILABLE', 'the database is unreachable; try again shortly');
      onRetry(error as Error);
      await new Promise((resolve) => setTimeout(resolve, Math.min(2_000, 50 * 2 ** attempt)));
    }
  }
}

/**
 * The app's statements are a fixed set of SQL texts with parameters, run
 * thousands of times: each gets a name, so every pooled connection parses
 * and plans it once and then only binds (pg keeps named statements per
 * connection). Bounded, in case some caller ever builds SQL text per call:
 * beyond the bound a statement runs unnamed, as before.
 */
const statementNames = new Map<string, string>();
const maxNamedStatements = 500;

function statementName(sql: string): string | undefined {
  const known = statementNames.get(sql);
  if (known !== undefined || statementNames.size >= maxNamedStatements) return known;
  const name = `w${createHash('sha1').update(sql).digest('base64url').slice(0, 16)}`;
  statementNames.set(sql, name);
  return name;
}

function wrap(q: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query<T>(sql: string, params: readonly unknown[] = []) {
      // Statements without parameters (transaction control, DDL) stay on the simple protocol.
      const name = params.length > 0 ? statementName(sql) : undefined;
      const result = await q.query(name ? { name, text: sql, values: params as unknown[] } : { text: sql, values: params as unknown[] });
      return result.rows as T[];
    },
  };
}

async function runTransaction<T>(pool: pg.Pool, work: (tx: Queryable) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  // A checked-out client whose server goes away emits 'error'; the statement in flight rejects anyway.
  const swallow = () => undefined;
  client.on('error', swallow);
  let committing = false;
  try {
    await client.query('BEGIN');
    const result = await work(wrap(client));
    committing = true;
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    if (committing && isConnectionLost(error)) throw new CommitOutcomeUnknown();
    throw error;
  } finally {
    client.off('error', swallow);
    client.release();
  }
}

/** PostgreSQL through a `pg` pool that reconnects after a server restart. */
export async function openPostgresDb(options: PostgresOptions): Promise<Db> {
  const schema = options.schema;
  if (schema && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`invalid schema name ${schema}`);
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.max ?? 10,
    connectionTimeoutMillis: 5_000,
    application_name: `watnu${schema ? `:${schema}` : ''}`,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  const onError = (error: Error) => options.onError?.(error);
  pool.on('error', onError);
  if (schema) {
    const client = new pg.Client({ connectionString: options.connectionString });
    await client.connect();
    try {
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    } finally {
      await client.end();
    }
  }
  const pooled = wrap(pool);
  return {
    kind: 'postgres',
    query: (sql, params) => withReconnect(() => pooled.query(sql, params), onError),
    exec: async (sql) => {
      await withReconnect(() => pool.query(sql), onError);
    },
    transaction: (work) => withReconnect(() => runTransaction(pool, work), onError),
    close: () => pool.end(),
  };
}
