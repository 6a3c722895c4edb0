import type { Locale } from '../content/types.js';
import type { TriageResult } from '../engine/context.js';
import { analyse } from './analyse.js';
import { decide } from './decision.js';

/**
 * Picks the protocol route for a free question, deterministically: no network,
 * no model, no I/O. Both languages' lexicons always apply, because staff mix
 * Dutch and English in one message whatever their locale setting.
 */
export function triage(text: string, _locale: Locale): TriageResult {
  return decide(analyse(text).scores);
}
