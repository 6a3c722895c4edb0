import type { Evidence } from '../evidence.js';
import { type SignalId, signalPatterns } from '../signals.js';

const signalIds = Object.keys(signalPatterns) as SignalId[];

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
