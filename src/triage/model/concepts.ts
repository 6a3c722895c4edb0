import type { Evidence } from '../evidence.js';
import type { RouteScore } from '../scoring.js';
import { signalIds } from '../signals.js';

/**
 * The lexicon's shared concepts (pupil, family, staff, harm, threat, now...)
 * found in a text, for the model to weigh. Only these general signals: the
 * route scores themselves were tuned on the training texts and would teach the
 * model to trust them more than they deserve on new texts (the cross-corpus
 * evaluation shows exactly that).
 */
export function conceptsOf(evidence: Evidence): string[] {
  return signalIds.filter((signal) => evidence.has(signal));
}

/** Lexicon route scores from which a route's cues count as present, and as strong. */
const cueScore = 2.5;
const strongCueScore = 5;

/**
 * The lexicon's route cues as features ("rule:klacht" for a text that names
 * the klachtenregeling): the model learns from the independently written
 * corpus how far each route's cues can be trusted, instead of the cues
 * picking routes themselves.
 */
export function cueConcepts(scores: readonly RouteScore[]): string[] {
  return scores.flatMap((s) => (s.score >= strongCueScore ? [`rule:${s.route}`, `rule+:${s.route}`] : s.score >= cueScore ? [`rule:${s.route}`] : []));
}
