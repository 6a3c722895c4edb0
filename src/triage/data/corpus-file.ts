import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { modelClasses } from '../model/classes.js';

/**
 * One line of a triage corpus file (triage/corpus/*.jsonl, triage/heldout/*.jsonl):
 * the text, every acceptable route (preferred first, 'onduidelijk' for too
 * vague), whether it is a safety message, its language and, in the
 * independently written files, the facets a reader sees in it (GUIDE.md).
 */
export const corpusLineSchema = z.object({
  text: z.string().min(1),
  expect: z.array(z.enum(modelClasses as [string, ...string[]])).min(1),
  safety: z.boolean(),
  lang: z.enum(['nl', 'en']).optional(),
  facets: z.record(z.string(), z.string()).optional(),
});

export type CorpusLine = z.infer<typeof corpusLineSchema>;

/** Thrown for a corpus line that does not parse or validate; names file and line. */
export class CorpusFileError extends Error {
  readonly code = 'TRIAGE_CORPUS_INVALID';
  constructor(
    readonly file: string,
    readonly line: number,
    detail: string,
  ) {
    super(`${file}:${line}: ${detail}`);
  }
}

export function readCorpusFile(file: string): CorpusLine[] {
  return readJsonLines(file, corpusLineSchema);
}

/** The lines of a JSON lines file, each validated by `schema`; blank lines are skipped, a bad line throws CorpusFileError naming file and line. */
export function readJsonLines<S extends z.ZodType>(file: string, schema: S): z.output<S>[] {
  const lines: z.output<S>[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((raw, index) => {
      if (raw.trim() === '') return;
      let json: unknown;
      try {
        json = JSON.parse(raw);
      } catch (error) {
        throw new CorpusFileError(file, index + 1, `not JSON (${(error as Error).message})`);
      }
      const parsed = schema.safeParse(json);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new CorpusFileError(file, index + 1, `${issue?.path.join('.') || 'line'}: ${issue?.message ?? 'invalid'}`);
      }
      lines.push(parsed.data);
    });
  return lines;
}
