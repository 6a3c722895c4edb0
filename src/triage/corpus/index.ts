import { casesCorpus } from './cases.js';
import type { CorpusLine } from './corpus-line.js';
import { devCorpus } from './dev.js';
import { extendedCorpus } from './extended.js';
import { neutralCorpus } from './neutral.js';

/**
 * Everything the shipped model learns from: the official dev set, the rule
 * author's cases, the independently written extended set, and ordinary
 * messages without an incident. Cross-corpus numbers (scripts/eval-triage-cv.ts)
 * are measured with models trained on parts of it; the shipped model uses all.
 */
export const trainingCorpus: readonly CorpusLine[] = [...devCorpus, ...casesCorpus, ...extendedCorpus, ...neutralCorpus];
