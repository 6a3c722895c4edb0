import { conceptsOfText } from '../model/text-concepts.js';
import type { TrainingLine } from '../model/stacked-model.js';
import { type CorpusLine, readCorpusFile } from './corpus-file.js';
import { jsonlFiles } from './triage-paths.js';

/** The corpus lines of every .jsonl file in a folder. */
export function readCorpusDir(dir: string): CorpusLine[] {
  return jsonlFiles(dir).flatMap((file) => readCorpusFile(file));
}

/** Corpus lines as the model trains on them: the lexicon's concepts computed once per text. */
export function toTrainingLines(lines: readonly CorpusLine[]): TrainingLine[] {
  return lines.map((line) => ({
    text: line.text,
    expect: line.expect,
    concepts: conceptsOfText(line.text),
    ...(line.facets ? { facets: line.facets } : {}),
  }));
}
