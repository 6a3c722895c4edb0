import { createHash, type Hash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { deserialize, serialize } from 'node:v8';

/**
 * Validated data kept between starts (the content, the triage lexicon).
 * Reading YAML, checking it against its schemas and linting it takes most of
 * a start; when not one byte it depends on has changed, the result is the
 * same, so a start can take it from a file next to the build instead.
 *
 * What it depends on, all in the fingerprint: every file and folder listing
 * under its roots, the app's own code (src/ or dist/src/), package-lock.json,
 * and Node's version. Only data that comes back from the file identical
 * (prototypes included) is ever written; anything unreadable, foreign or
 * stale is ignored and the caller loads from the files.
 */
const codeDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');

interface CacheFile<T> {
  readonly format: string;
  readonly roots: readonly string[];
  readonly fingerprint: string;
  readonly value: T;
}

/** `dist/<name>.bin` for the build's code, `dist/<name>-src.bin` for src/ under tsx: their fingerprints differ, so each keeps its own. */
export function dataCachePath(root: string, name: string): string {
  return join(root, 'dist', codeDir.endsWith(join('dist', 'src')) ? `${name}.bin` : `${name}-src.bin`);
}

/** The cached value when its format and fingerprint still match; null (never an error) otherwise, a missing file included. */
export function readDataCache<T>(file: string, format: string, projectRoot: string): T | null {
  try {
    const cached = deserialize(readFileSync(file)) as Partial<CacheFile<T>>;
    if (cached.format !== format || !Array.isArray(cached.roots) || typeof cached.fingerprint !== 'string' || cached.value === undefined) return null;
    return cacheFingerprint(format, cached.roots, projectRoot).hash === cached.fingerprint ? cached.value : null;
  } catch {
    return null;
  }
}

/**
 * Writes the cache (best effort: a read-only install just loads from files
 * every time). `roots` are the folders and files the value was read from;
 * `loadStartedAt` (epoch ms) is when reading them began: a file changed since
 * then (or just before) may have been read before or after its change, so
 * nothing is written, and the next start caches. Returns whether it was written.
 */
export function writeDataCache<T>(file: string, format: string, projectRoot: string, roots: readonly string[], value: T, loadStartedAt: number): boolean {
  try {
    const sortedRoots = [...new Set(roots)].sort();
    const fingerprint = settledFingerprint(format, sortedRoots, projectRoot, loadStartedAt);
    if (fingerprint === null) return false;
    const data: CacheFile<T> = { format, roots: sortedRoots, fingerprint, value };
    const bytes = serialize(data);
    if (!isDeepStrictEqual(deserialize(bytes), data)) return false;
    writeCacheFile(file, bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * The fingerprint to store with a value whose files were read from `loadStartedAt` (epoch ms); null
 * when one of them changed since then or just before: it may have been read before or after its change.
 */
export function settledFingerprint(format: string, roots: readonly string[], projectRoot: string, loadStartedAt: number): string | null {
  const print = cacheFingerprint(format, roots, projectRoot);
  // File times come from a coarser clock than Date.now(): a second's margin.
  return print.newest > loadStartedAt - 1_000 ? null : print.hash;
}

/** Writes a cache file whole or not at all: a temporary file of this process, renamed over it. */
export function writeCacheFile(file: string, bytes: Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, bytes);
  renameSync(temporary, file);
}

/**
 * The hash of everything the value depends on, and the newest modification time among its own files and
 * folders: for a cache that keeps its own file layout (triage/model/model-cache.ts) under the same rules.
 */
export function cacheFingerprint(format: string, roots: readonly string[], projectRoot: string): { hash: string; newest: number } {
  const hash = createHash('sha256');
  hash.update(`${format}\0${process.version}\0${codeFingerprint(projectRoot)}\0`);
  let newest = 0;
  for (const root of roots) newest = Math.max(newest, addTree(hash, root));
  return { hash: hash.digest('hex'), newest };
}

const codePrints = new Map<string, string>();

/** The app's code and package-lock.json, hashed once per process: they do not change under a running process that matters. */
function codeFingerprint(projectRoot: string): string {
  let print = codePrints.get(projectRoot);
  if (print === undefined) {
    const hash = createHash('sha256');
    addTree(hash, codeDir, (name) => /\.(js|ts|mjs|json)$/.test(name) && !/\.test\.ts$/.test(name));
    addTree(hash, join(projectRoot, 'package-lock.json'));
    print = hash.digest('hex');
    codePrints.set(projectRoot, print);
  }
  return print;
}

/** Adds a file or folder (names, sizes, bytes) to the hash; returns the newest modification time in it. */
function addTree(hash: Hash, path: string, include: (name: string) => boolean = () => true): number {
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(path);
  } catch {
    hash.update(`missing\0${path}\0`);
    return 0;
  }
  if (stat.isDirectory()) {
    hash.update(`dir\0${path}\0`);
    let newest = stat.mtimeMs;
    for (const name of readdirSync(path).sort()) {
      const child = join(path, name);
      if (name === 'node_modules' || name.startsWith('.')) continue;
      if (statSync(child).isDirectory() || include(name)) newest = Math.max(newest, addTree(hash, child, include));
    }
    return newest;
  }
  hash.update(`file\0${path}\0${stat.size}\0`);
  hashFile(hash, path);
  return stat.mtimeMs;
}

/** One 64 KiB buffer for every file hashed: the 4 MB model.json is never in memory whole for its fingerprint. */
const chunk = Buffer.allocUnsafe(64 * 1024);

function hashFile(hash: Hash, path: string): void {
  const fd = openSync(path, 'r');
  try {
    for (let read = readSync(fd, chunk); read > 0; read = readSync(fd, chunk)) hash.update(chunk.subarray(0, read));
  } finally {
    closeSync(fd);
  }
}
