import type { Locale } from '../content/types.js';
import type { TriageResult } from '../engine/context.js';
import { analyse } from './analyse.js';
import { fuse } from './fusion.js';
import { conceptsOf } from './model/concepts.js';
import { predictClasses } from './model/triage-model.js';
import { shippedModel } from './shipped-model.js';

/**
 * Picks the protocol route for a free question, deterministically: no network,
 * no I/O, no clock. The lexicon rules and a small statistical model trained on
 * the labelled corpus (see model/) are fused in fusion.ts. Both languages'
 * lexicons always apply, because staff mix Dutch and English in one message
 * whatever their locale setting.
 */
export function triage(text: string, _locale: Locale): TriageResult {
  const analysis = analyse(text);
  const probabilities = predictClasses(shippedModel(), text, conceptsOf(analysis.evidence));
  return fuse(analysis.scores, probabilities, analysis.tokens.length);
}
