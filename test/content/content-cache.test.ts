import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadValidContent } from '../../src/app/valid-content.js';
import { loadConfig } from '../../src/config.js';
import { contentCachePath, readContentCache, writeContentCache } from '../../src/content/content-cache.js';
import { defaultContentPaths, loadContent } from '../../src/content/load-content.js';
import { projectRoot } from '../helpers/content.js';

/** The start's content cache (content/content-cache.ts) on a copy of the real content: used only while nothing it depends on changed. */
let root: string;
let cacheFile: string;
const config = () => loadConfig({}, root);

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'watnu-content-cache-'));
  for (const dir of ['dialogs', 'locales', 'schools', 'plans', 'calamity', 'docs/sources']) {
    cpSync(join(projectRoot, dir), join(root, dir), { recursive: true });
    settle(join(root, dir));
  }
  settle(root);
  cacheFile = contentCachePath(root);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Dates a file or folder (and what is in it) a minute back, as if it were edited well before the start. */
function settle(path: string): void {
  const past = new Date(Date.now() - 60_000);
  if (statSync(path).isDirectory()) for (const name of readdirSync(path)) settle(join(path, name));
  utimesSync(path, past, past);
}

/** Changes a file for one test (edited well before the start) and puts it back. */
function whileChanged(path: string, change: (text: string) => string, run: () => void): void {
  const file = join(root, path);
  const before = readFileSync(file, 'utf8');
  writeFileSync(file, change(before));
  settle(file);
  try {
    run();
  } finally {
    writeFileSync(file, before);
    settle(file);
  }
}

describe('content cache', () => {
  it('keeps the cache of src/ run by tsx apart from the build\'s, so neither invalidates the other', () => {
    // These tests run src/ (not dist/src): their cache file is not the one npm start reads.
    expect(cacheFile).toBe(join(root, 'dist', 'content-cache-src.bin'));
  });

  it('a first start loads from the files and caches; the next start gets identical content from the cache', () => {
    expect(loadValidContent(config(), cacheFile).from).toBe('files');
    expect(existsSync(cacheFile)).toBe(true);
    const second = loadValidContent(config(), cacheFile);
    expect(second.from).toBe('cache');
    expect(isDeepStrictEqual(second.content, loadContent(defaultContentPaths(root)).content)).toBe(true);
  });

  it('one changed byte in a dialog, a plan text outside the content folders, or a new file in a school folder: loaded from the files again', () => {
    loadValidContent(config(), cacheFile);
    whileChanged('dialogs/_routes.yaml', (text) => `${text}\n# edited\n`, () => {
      expect(readContentCache(cacheFile, root)).toBeNull();
    });
    whileChanged('docs/sources/sbo-de-brug-sociaal-veiligheidsplan.txt', (text) => text.replace('Veilig Thuis', 'Veilig thuis'), () => {
      expect(readContentCache(cacheFile, root)).toBeNull();
    });
    const extra = join(root, 'schools', 'sbo-de-brug', 'notes.txt');
    writeFileSync(extra, 'a file the loader never reads still changes the folder');
    expect(readContentCache(cacheFile, root)).toBeNull();
    rmSync(extra);
    settle(join(root, 'schools', 'sbo-de-brug'));
    expect(readContentCache(cacheFile, root)).not.toBeNull();
  });

  it('a file edited while the content was being read (or just before): nothing is cached, the next start caches', () => {
    rmSync(cacheFile, { force: true });
    const loaded = loadContent(defaultContentPaths(root));
    const file = join(root, 'dialogs', '_routes.yaml');
    writeFileSync(file, readFileSync(file));
    expect(writeContentCache(cacheFile, root, loaded.roots, loaded.content, Date.now())).toBe(false);
    expect(existsSync(cacheFile)).toBe(false);
    settle(file);
    expect(writeContentCache(cacheFile, root, loaded.roots, loaded.content, Date.now())).toBe(true);
    expect(loadValidContent(config(), cacheFile).from).toBe('cache');
  });

  it('an edit that breaks the content is reported, never masked by the cache of the content before it', () => {
    loadValidContent(config(), cacheFile);
    whileChanged('dialogs/_routes.yaml', (text) => text.replace('safety: true', 'safety: maybe'), () => {
      expect(() => loadValidContent(config(), cacheFile)).toThrow(/CONTENT_INVALID|will not start/);
    });
    expect(loadValidContent(config(), cacheFile).from).toBe('cache');
  });

  it('the changed content is what the next start serves, and is cached in its turn', () => {
    loadValidContent(config(), cacheFile);
    whileChanged('locales/nl.json', (text) => text.replace(/"([^"]+)": "([^"]+)"/, '"$1": "$2 (aangepast)"'), () => {
      const changed = loadValidContent(config(), cacheFile);
      expect(changed.from).toBe('files');
      expect(JSON.stringify(changed.content.locales)).toContain('(aangepast)');
      const again = loadValidContent(config(), cacheFile);
      expect(again.from).toBe('cache');
      expect(JSON.stringify(again.content.locales)).toContain('(aangepast)');
    });
  });

  it('a damaged or foreign cache file is ignored: the content loads from the files and the file is replaced', () => {
    writeFileSync(cacheFile, 'not a cache');
    expect(readContentCache(cacheFile, root)).toBeNull();
    expect(loadValidContent(config(), cacheFile).from).toBe('files');
    const whole = readFileSync(cacheFile);
    writeFileSync(cacheFile, whole.subarray(0, whole.length / 2));
    expect(loadValidContent(config(), cacheFile).from).toBe('files');
    expect(loadValidContent(config(), cacheFile).from).toBe('cache');
  });
});
