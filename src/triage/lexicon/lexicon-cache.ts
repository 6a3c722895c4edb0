import { dataCachePath, readDataCache, writeDataCache } from '../../content/data-cache.js';
import { triagePaths } from '../data/triage-paths.js';
import type { LexiconData } from './load-lexicon.js';

/**
 * The validated triage lexicon kept between starts, like the content (see
 * content/data-cache.ts): parsing and checking the lexicon's YAML and the
 * known-words list is most of triage's boot, and a start whose lexicon files,
 * code and packages are unchanged gets the same result from here.
 */
const format = 'watnu-lexicon-cache/1';

export function lexiconCachePath(root: string): string {
  return dataCachePath(root, 'lexicon-cache');
}

/** The folders and files the lexicon is read from: its fingerprint. */
export function lexiconRoots(root: string): string[] {
  const paths = triagePaths(root);
  return [paths.lexiconDir, paths.knownWords];
}

export function readLexiconCache(root: string): LexiconData | null {
  return readDataCache<LexiconData>(lexiconCachePath(root), format, root);
}

export function writeLexiconCache(root: string, lexicon: LexiconData, loadStartedAt: number): boolean {
  return writeDataCache(lexiconCachePath(root), format, root, lexiconRoots(root), lexicon, loadStartedAt);
}
