import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findProjectRoot } from '../../config.js';
import { readLexicon } from '../shipped-lexicon.js';
import { lexiconCachePath, readLexiconCache, writeLexiconCache } from './lexicon-cache.js';

/** The lexicon cache on a copy of the shipped lexicon: used only while its files are unchanged. */
let root: string;

/** Dates a file or folder (and what is in it) a minute back, as if it were edited well before the start. */
function settle(path: string): void {
  const past = new Date(Date.now() - 60_000);
  if (statSync(path).isDirectory()) for (const name of readdirSync(path)) settle(join(path, name));
  utimesSync(path, past, past);
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'watnu-lexicon-cache-'));
  mkdirSync(join(root, 'triage'));
  cpSync(join(findProjectRoot(), 'triage', 'lexicon'), join(root, 'triage', 'lexicon'), { recursive: true });
  cpSync(join(findProjectRoot(), 'triage', 'known-words.txt'), join(root, 'triage', 'known-words.txt'));
  settle(root);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('lexicon cache', () => {
  it('is empty before the first write, then gives back a lexicon identical to the files (Maps, Sets, patterns)', () => {
    expect(readLexiconCache(root)).toBeNull();
    const lexicon = readLexicon(root);
    expect(writeLexiconCache(root, lexicon, Date.now())).toBe(true);
    expect(lexiconCachePath(root)).toBe(join(root, 'dist', 'lexicon-cache-src.bin'));
    const cached = readLexiconCache(root);
    expect(cached?.knownWords).toBeInstanceOf(Set);
    expect(isDeepStrictEqual(cached, lexicon)).toBe(true);
  });

  it('one changed byte in a cue file or in known-words.txt: read from the files again', () => {
    writeLexiconCache(root, readLexicon(root), Date.now());
    for (const file of ['triage/lexicon/_signals.yaml', 'triage/known-words.txt']) {
      const path = join(root, file);
      const before = readFileSync(path, 'utf8');
      writeFileSync(path, `${before}\n# edited\n`);
      settle(path);
      expect(readLexiconCache(root)).toBeNull();
      writeFileSync(path, before);
      settle(path);
      expect(readLexiconCache(root)).not.toBeNull();
    }
  });

  it('a file changed while the lexicon was being read: nothing is cached', () => {
    rmSync(lexiconCachePath(root), { force: true });
    expect(writeLexiconCache(root, readLexicon(root), Date.now() - 120_000)).toBe(false);
    expect(readLexiconCache(root)).toBeNull();
  });
});
