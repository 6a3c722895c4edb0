import { findProjectRoot } from '../config.js';
import { readLexiconCache, writeLexiconCache } from './lexicon/lexicon-cache.js';
import { LexiconError } from './lexicon/lexicon-error.js';
import { type LexiconData, loadLexicon } from './lexicon/load-lexicon.js';

let lexicon: LexiconData | undefined;

/**
 * The lexicon under triage/ (cues, signals, word sets, known words), read and
 * validated once per process, the first time triage needs it (at boot:
 * create-app runs one triage): from the lexicon cache when nothing it depends
 * on changed, else from its files (and into the cache).
 */
export function shippedLexicon(): LexiconData {
  lexicon ??= cachedLexicon(findProjectRoot());
  return lexicon;
}

function cachedLexicon(root: string): LexiconData {
  const cached = readLexiconCache(root);
  if (cached) return cached;
  const loadStartedAt = Date.now();
  const loaded = readLexicon(root);
  writeLexiconCache(root, loaded, loadStartedAt);
  return loaded;
}

/** The lexicon under `root`; a LexiconError naming every bad file and entry when any is bad. */
export function readLexicon(root: string): LexiconData {
  const { lexicon: loaded, problems } = loadLexicon(root);
  if (!loaded) throw new LexiconError(problems);
  return loaded;
}
