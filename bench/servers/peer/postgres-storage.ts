/**
 * The peer's state store: what a Teams developer writes when CosmosDB is not
 * an option — botbuilder's Storage interface over one PostgreSQL table,
 * documents as JSON by key, an eTag per document for optimistic concurrency
 * (as botbuilder's CosmosDbPartitionedStorage does), a pg pool of 10.
 */
import { randomUUID } from 'node:crypto';
import type { Storage, StoreItems } from 'botbuilder';
import pg from 'pg';

export class PostgresStorage implements Storage {
  private readonly pool: pg.Pool;
  private readonly schema: string;
  private readonly table: string;

  constructor(connectionString: string, schema: string) {
    if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`bad schema name ${schema}`);
    this.pool = new pg.Pool({ connectionString, max: 10 });
    this.schema = schema;
    this.table = `${schema}.state`;
  }

  async init(): Promise<void> {
    await this.pool.query(`CREATE SCHEMA IF NOT EXISTS ${this.schema}`);
    await this.pool.query(`CREATE TABLE IF NOT EXISTS ${this.table} (key text PRIMARY KEY, doc jsonb NOT NULL, etag text NOT NULL)`);
  }

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    if (keys.length === 0) return items;
    const { rows } = await this.pool.query<{ key: string; doc: Record<string, unknown>; etag: string }>(`SELECT key, doc, etag FROM ${this.table} WHERE key = ANY($1)`, [keys]);
    for (const row of rows) items[row.key] = { ...row.doc, eTag: row.etag };
    return items;
  }

  /** A change with eTag '*' (or none) overwrites; any other eTag must match the stored one, or the write fails. */
  async write(changes: StoreItems): Promise<void> {
    await Promise.all(
      Object.entries(changes).map(async ([key, item]) => {
        const { eTag, ...doc } = item as { eTag?: string } & Record<string, unknown>;
        const etag = randomUUID();
        if (!eTag || eTag === '*') {
          await this.pool.query(
            `INSERT INTO ${this.table} (key, doc, etag) VALUES ($1, $2, $3) ON CONFLICT (key) DO UPDATE SET doc = EXCLUDED.doc, etag = EXCLUDED.etag`,
            [key, doc, etag],
          );
          return;
        }
        const updated = await this.pool.query(`UPDATE ${this.table} SET doc = $2, etag = $3 WHERE key = $1 AND etag = $4`, [key, doc, etag, eTag]);
        if (updated.rowCount === 0) throw new Error(`Storage: error writing "${key}" due to eTag conflict.`);
      }),
    );
  }

  async delete(keys: string[]): Promise<void> {
    if (keys.length > 0) await this.pool.query(`DELETE FROM ${this.table} WHERE key = ANY($1)`, [keys]);
  }

  end(): Promise<void> {
    return this.pool.end();
  }
}
