import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { migrate, migrationsFingerprint } from './migrations.js';
import { pglitePackage } from './pglite-package.js';
import { pgliteAsDb } from './pglite-as-db.js';

/**
 * A pre-initialised PGlite data directory, made at build time.
 *
 * Opening an empty data directory makes PGlite run initdb inside the serving
 * process: 4–6 s and 800–900 MB of WASM memory that is never returned.
 * Copying a directory that initdb already filled takes ~0.1 s, and PGlite
 * then opens it like any existing database (~0.3 s, ~160 MB). The template
 * also has WatNu's migrations applied (another ~0.4 s a fresh start skips);
 * a template with fewer is still used, and the start applies the rest.
 */
export interface PgliteTemplate {
  /** The data directory to copy. */
  readonly dir: string;
  /** The same directory as a gzipped tar, for `memory://` databases (tests). */
  readonly tarball: string;
  /** `{ pglite: version, migrations }`: a template made by another PGlite version is not used; one with other migrations is remade by the build. */
  readonly stamp: string;
}

export function pgliteTemplateAt(root: string): PgliteTemplate {
  return {
    dir: join(root, 'dist', 'pglite-template'),
    tarball: join(root, 'dist', 'pglite-template.tgz'),
    stamp: join(root, 'dist', 'pglite-template.json'),
  };
}

/** The installed PGlite's version: what the template's stamp records. */
export function pgliteVersion(): string {
  return pglitePackage().version;
}

/** The template's stamp when the template is complete (directory, tarball, stamp) and the stamp readable; null otherwise. */
function readStamp(template: PgliteTemplate): { pglite?: unknown; migrations?: unknown } | null {
  if (!existsSync(join(template.dir, 'PG_VERSION')) || !existsSync(template.tarball) || !existsSync(template.stamp)) return null;
  try {
    return JSON.parse(readFileSync(template.stamp, 'utf8')) as { pglite?: unknown; migrations?: unknown };
  } catch {
    return null;
  }
}

/** True when the template exists and was made by the PGlite this process runs. */
export function templateIsCurrent(template: PgliteTemplate): boolean {
  return readStamp(template)?.pglite === pgliteVersion();
}

/** Current, and made with the migrations this build has: the build need not remake it. */
export function templateIsUpToDate(template: PgliteTemplate): boolean {
  const stamp = readStamp(template);
  return stamp?.pglite === pgliteVersion() && stamp.migrations === migrationsFingerprint();
}

/** Runs initdb and the migrations once into the template directory (the build does this, in its own process). */
export async function makePgliteTemplate(template: PgliteTemplate): Promise<void> {
  rmSync(template.dir, { recursive: true, force: true });
  rmSync(template.stamp, { force: true });
  rmSync(template.tarball, { force: true });
  mkdirSync(dirname(template.dir), { recursive: true });
  // Loaded here, not at the top: a server running PGlite in a worker thread never loads it on the main thread.
  const { PGlite } = await import('@electric-sql/pglite');
  const pg = await PGlite.create(template.dir);
  await migrate(pgliteAsDb(pg));
  const tarball = await pg.dumpDataDir('gzip');
  await pg.close();
  writeFileSync(template.tarball, Buffer.from(await tarball.arrayBuffer()));
  writeFileSync(template.stamp, `${JSON.stringify({ pglite: pgliteVersion(), migrations: migrationsFingerprint(), made_at: new Date().toISOString() })}\n`);
}

export type SeedOutcome = 'existing' | 'seeded' | 'no-template';

/**
 * What an empty data directory needs: the template's files (`from`, to copy),
 * or nothing. An existing database is never touched; without a current
 * template PGlite runs initdb itself.
 */
export function seedPlan(dataDir: string, template: PgliteTemplate | undefined): { outcome: SeedOutcome; from?: string } {
  if (existsSync(join(dataDir, 'PG_VERSION'))) return { outcome: 'existing' };
  if (!template || !templateIsCurrent(template)) return { outcome: 'no-template' };
  return { outcome: 'seeded', from: template.dir };
}

/** seedPlan, with the copy done here (~1,000 files, 0.3 s: pglite-thread.ts does it in its worker instead). */
export function seedDataDir(dataDir: string, template: PgliteTemplate | undefined): SeedOutcome {
  const plan = seedPlan(dataDir, template);
  if (plan.from) cpSync(plan.from, dataDir, { recursive: true });
  return plan.outcome;
}

const tarballs = new Map<string, Blob>();

/** The template as PGlite's `loadDataDir` for a `memory://` database (~0.6 s instead of initdb's 2–4 s), or undefined. */
export function templateTarball(template: PgliteTemplate | undefined): Blob | undefined {
  if (!template || !templateIsCurrent(template)) return undefined;
  let blob = tarballs.get(template.tarball);
  if (!blob) {
    blob = new Blob([readFileSync(template.tarball)]);
    tarballs.set(template.tarball, blob);
  }
  return blob;
}

/** The template's tarball path for a `memory://` database opened in another thread (it reads the file itself); undefined when there is none current. */
export function templateTarballFile(template: PgliteTemplate | undefined): string | undefined {
  return template && templateIsCurrent(template) ? template.tarball : undefined;
}
