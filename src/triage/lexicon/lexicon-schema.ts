import { z } from 'zod';
import { compilePattern, type Pattern } from '../pattern.js';
import { type SignalId, signalIds } from '../signals.js';

/**
 * The schemas of the lexicon files in triage/lexicon/. Patterns are compiled
 * while validating, so a pattern syntax error is reported like any other
 * problem: file, entry and line.
 */
export const patternSchema = z.string().transform((source, ctx) => {
  try {
    return compilePattern(source);
  } catch (error) {
    ctx.issues.push({ code: 'custom', message: `bad pattern: ${(error as Error).message}`, input: source });
    return z.NEVER;
  }
});

const patternsSchema = z.array(patternSchema).min(1);

/**
 * triage/lexicon/<route>.yaml: the route's cues, grouped by weight. Weights,
 * roughly: 5 = decisive on its own ("pesten", "overleden"), 3 = strong,
 * 2 = supporting, 1 = only enough to be offered as a choice.
 */
export const routeLexiconSchema = z.strictObject({
  cues: z.array(z.strictObject({ weight: z.number().positive().max(5), patterns: patternsSchema })).min(1),
});

/** triage/lexicon/_signals.yaml: every signal id (signals.ts) and its patterns. */
export const signalsFileSchema = z.strictObject(Object.fromEntries(signalIds.map((id) => [id, patternsSchema])) as Record<SignalId, typeof patternsSchema>);

const wordSetSchema = z
  .array(z.string().regex(/^[a-z]+$/, 'a word is lower-case letters a-z'))
  .min(1)
  .transform((words): ReadonlySet<string> => new Set(words));

/** triage/lexicon/_word-sets.yaml: the word sets the rules read by name. */
export const wordSetsFileSchema = z.strictObject({
  negation: z.strictObject({ negators: wordSetSchema, postVerbal: wordSetSchema, scopeBreakers: wordSetSchema, trailingFillers: wordSetSchema }),
  roles: z.strictObject({
    possessors: wordSetSchema,
    determiners: wordSetSchema,
    subjectPronouns: wordSetSchema,
    clauseOpeners: wordSetSchema,
    agents: wordSetSchema,
    passiveAuxiliaries: wordSetSchema,
    firstPersonAuxiliaries: wordSetSchema,
    objectPronouns: wordSetSchema,
    classmates: wordSetSchema,
    englishParticiples: wordSetSchema,
    separablePrefixes: wordSetSchema,
  }),
  missing: z.strictObject({ lost: wordSetSchema, lostThing: wordSetSchema }),
});

export type WordSets = z.output<typeof wordSetsFileSchema>;

/** One cue of a route: a compiled pattern and the score it adds. */
export interface Cue {
  readonly pattern: Pattern;
  readonly weight: number;
}
