import { createHash, type Hash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { deserialize, serialize } from 'node:v8';
import type { Content } from './types.js';

/**
 * Validated content, kept between starts. Loading the YAML, checking it
 * against its schemas and linting every citation against the plans' text
 * takes most of a start; when not one byte it depends on has changed, the
 * result is the same, so a start can take it from here instead.
 *
 * What it depends on, all in the fingerprint: every file and folder listing
 * under the content's roots (the content folders and each plan's text and
 * folders: a changed plan.yaml that names other folders changes the
 * fingerprint, so the next full load records the new roots), the app's own
 * code (src/ or dist/src/), package-lock.json, and Node's version. Only
 * content without problems is ever written, and only when it comes back
 * from the file identical (prototypes included); anything unreadable,
 * foreign or stale is ignored and the content is loaded from its files.
 */
const format = 'watnu-content-cache/1';
const codeDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');

interface CacheFile {
  readonly format: string;
  readonly roots: readonly string[];
  readonly fingerprint: string;
  readonly content: Content;
}

/** Where the server keeps the cache: dist/content-cache.bin for the build's code, dist/content-cache-src.bin for src/ under tsx. */
export function contentCachePath(root: string): string {
  // One file per kind of code: the build's dist/src (npm start) and src/ run by tsx (tests, dev) have different
  // fingerprints, and sharing a file would make each invalidate the other's cache.
  return join(root, 'dist', codeDir.endsWith(join('dist', 'src')) ? 'content-cache.bin' : 'content-cache-src.bin');
}

/** The cached content when its fingerprint still matches; null (never an error) otherwise, a missing file included. */
export function readContentCache(file: string, projectRoot: string): Content | null {
  try {
    const cached = deserialize(readFileSync(file)) as Partial<CacheFile>;
    if (cached.format !== format || !Array.isArray(cached.roots) || typeof cached.fingerprint !== 'string' || !cached.content) return null;
    return fingerprint(cached.roots, projectRoot).hash === cached.fingerprint ? cached.content : null;
  } catch {
    return null;
  }
}

/**
 * Writes the cache next to the build (best effort: a read-only install just
 * loads from files every time). `roots` are the folders and files the
 * content was read from; `loadStartedAt` (epoch ms) is when reading them
 * began: a file changed since then (or just before) may have been read
 * before or after its change, so nothing is written, and the next start
 * caches. Returns whether it was written.
 */
export function writeContentCache(file: string, projectRoot: string, roots: readonly string[], content: Content, loadStartedAt: number): boolean {
  try {
    const data: CacheFile = { format, roots: [...new Set(roots)].sort(), fingerprint: '', content };
    const print = fingerprint(data.roots, projectRoot);
    // File times come from a coarser clock than Date.now(): a second's margin.
    if (print.newest > loadStartedAt - 1_000) return false;
    const withPrint = { ...data, fingerprint: print.hash };
    const bytes = serialize(withPrint);
    if (!isDeepStrictEqual(deserialize(bytes), withPrint)) return false;
    mkdirSync(dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, bytes);
    renameSync(temporary, file);
    return true;
  } catch {
    return false;
  }
}

/** The hash of everything the content depends on, and the newest modification time among the content's own files and folders. */
function fingerprint(roots: readonly string[], projectRoot: string): { hash: string; newest: number } {
  const hash = createHash('sha256');
  hash.update(`${format}\0${process.version}\0`);
  let newest = 0;
  for (const root of roots) newest = Math.max(newest, addTree(hash, root));
  addTree(hash, codeDir, (name) => /\.(js|ts|mjs|json)$/.test(name) && !/\.test\.ts$/.test(name));
  addTree(hash, join(projectRoot, 'package-lock.json'));
  return { hash: hash.digest('hex'), newest };
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
  hash.update(readFileSync(path));
  return stat.mtimeMs;
}
