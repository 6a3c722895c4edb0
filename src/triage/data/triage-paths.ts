import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Where the triage data lives under the project root: training corpus, held-out set, shipped model, lexicon. */
export function triagePaths(root: string) {
  const dir = join(root, 'triage');
  return {
    dir,
    corpusDir: join(dir, 'corpus'),
    heldoutDir: join(dir, 'heldout'),
    model: join(dir, 'model.json'),
    /** One `<route>.yaml` of cues per route, plus `_signals.yaml` and `_word-sets.yaml`. */
    lexiconDir: join(dir, 'lexicon'),
    knownWords: join(dir, 'known-words.txt'),
    /** Corpus lines labelled again by blind readers (reader-agreement.ts): how far careful people agree with the writers. */
    readerAgreement: join(dir, 'agreement', 'readers.jsonl'),
  };
}

/** The .jsonl files of a folder, sorted, as full paths. */
export function jsonlFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .map((name) => join(dir, name));
}
