import { dataCachePath, readDataCache, writeDataCache } from './data-cache.js';
import type { Content } from './types.js';

/**
 * Validated content, kept between starts (see data-cache.ts for what its
 * fingerprint covers). The roots are the content folders and each plan's
 * text and folders: a changed plan.yaml that names other folders changes the
 * fingerprint, so the next full load records the new roots. Only content
 * without problems is ever written.
 */
const format = 'watnu-content-cache/2';

/** Where the server keeps the cache: dist/content-cache.bin for the build's code, dist/content-cache-src.bin for src/ under tsx. */
export function contentCachePath(root: string): string {
  return dataCachePath(root, 'content-cache');
}

/** The cached content when its fingerprint still matches; null (never an error) otherwise, a missing file included. */
export function readContentCache(file: string, projectRoot: string): Content | null {
  return readDataCache<Content>(file, format, projectRoot);
}

/** Writes the cache next to the build (best effort); false when a file changed while it was read, or it cannot be written. */
export function writeContentCache(file: string, projectRoot: string, roots: readonly string[], content: Content, loadStartedAt: number): boolean {
  return writeDataCache(file, format, projectRoot, roots, content, loadStartedAt);
}
