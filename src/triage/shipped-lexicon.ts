import { findProjectRoot } from '../config.js';
import { LexiconError } from './lexicon/lexicon-error.js';
import { type LexiconData, loadLexicon } from './lexicon/load-lexicon.js';

let lexicon: LexiconData | undefined;

/**
 * The lexicon under triage/ (cues, signals, word sets, known words), read and
 * validated once per process, the first time triage needs it (at boot:
 * create-app runs one triage).
 */
export function shippedLexicon(): LexiconData {
  lexicon ??= readLexicon(findProjectRoot());
  return lexicon;
}

/** The lexicon under `root`; a LexiconError naming every bad file and entry when any is bad. */
export function readLexicon(root: string): LexiconData {
  const { lexicon: loaded, problems } = loadLexicon(root);
  if (!loaded) throw new LexiconError(problems);
  return loaded;
}
