import type { Locale } from '../content/types.js';
import type { TriageResult } from '../engine/context.js';

/** Placeholder until the triage module lands: always asks the clarifying question. */
export function triage(_text: string, _locale: Locale): TriageResult {
  return { route: null, candidates: [] };
}
