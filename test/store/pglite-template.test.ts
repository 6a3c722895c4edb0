import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPgliteDb } from '../../src/store/pglite-db.js';
import { migrate, migrations } from '../../src/store/migrations.js';
import { makePgliteTemplate, type PgliteTemplate, pgliteTemplateAt, seedDataDir, templateIsCurrent, templateIsUpToDate } from '../../src/store/pglite-template.js';

describe('PGlite template: an empty DATA_DIR is copied, not initdb-ed in the server', () => {
  const root = mkdtempSync(join(tmpdir(), 'watnu-template-'));
  let template: PgliteTemplate;

  beforeAll(async () => {
    template = pgliteTemplateAt(root);
    await makePgliteTemplate(template);
  }, 60_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  // In the worker, the worker thread copies the template itself (the server's default).
  it.each(['main', 'worker'] as const)('seeds an empty directory (%s thread), and the copy is a working database that keeps its rows', async (thread) => {
    const dataDir = join(root, `data-${thread}`);
    const outcomes: string[] = [];
    const db = await openPgliteDb(dataDir, { template, thread, onOpen: (o) => outcomes.push(o) });
    await db.exec('create table kept (id int primary key)');
    await db.query('insert into kept values (1)');
    await db.close();
    const again = await openPgliteDb(dataDir, { template, thread, onOpen: (o) => outcomes.push(o) });
    expect(await again.query<{ n: number }>('select count(*)::int as n from kept')).toEqual([{ n: 1 }]);
    await again.close();
    expect(outcomes).toEqual(['seeded', 'existing']);
  }, 60_000);

  it('has the migrations applied, so a fresh start has none to run', async () => {
    const db = await openPgliteDb(join(root, 'migrated'), { template });
    expect(await db.query<{ n: number }>('select count(*)::int as n from schema_migrations')).toEqual([{ n: migrations.length }]);
    expect(await migrate(db)).toEqual([]);
    await db.close();
    expect(templateIsUpToDate(template)).toBe(true);
  }, 60_000);

  it('a template made with other migrations is still used (the start applies the rest), but the build remakes it', () => {
    const older = { ...template, stamp: join(root, 'older-stamp.json') };
    writeFileSync(older.stamp, JSON.stringify({ ...JSON.parse(readFileSync(template.stamp, 'utf8')), migrations: 'other' }));
    expect(templateIsCurrent(older)).toBe(true);
    expect(templateIsUpToDate(older)).toBe(false);
  });

  it('never copies over an existing database', () => {
    const dataDir = join(root, 'existing');
    expect(seedDataDir(dataDir, template)).toBe('seeded');
    writeFileSync(join(dataDir, 'marker'), 'x');
    expect(seedDataDir(dataDir, template)).toBe('existing');
    expect(existsSync(join(dataDir, 'marker'))).toBe(true);
  });

  it('ignores a template made by another PGlite version', () => {
    const other = { ...template, stamp: join(root, 'other-stamp.json') };
    writeFileSync(other.stamp, JSON.stringify({ pglite: '0.0.1' }));
    expect(templateIsCurrent(other)).toBe(false);
    expect(seedDataDir(join(root, 'without'), other)).toBe('no-template');
  });

  it('loads a memory:// database from the tarball', async () => {
    const db = await openPgliteDb('memory://', { template });
    expect(await db.query<{ sb: string }>("select current_setting('shared_buffers') as sb")).toEqual([{ sb: '16MB' }]);
    await db.close();
  }, 60_000);
});
