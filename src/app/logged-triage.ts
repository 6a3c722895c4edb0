import type { Locale } from '../content/types.js';
import type { TriageResult } from '../engine/context.js';
import type { Logger } from '../log.js';
import { triage } from '../triage/triage.js';

/** Triage with its decision in the debug log: route, candidates, facets, the ambiguity question asked; never the text. */
export function loggedTriage(log: Logger): (text: string, locale: Locale) => TriageResult {
  return (text, locale) => {
    const result = triage(text, locale);
    if (log.isLevelEnabled('debug')) {
      log.debug({ route: result.route, candidates: result.candidates, facets: result.facets, asks: result.ambiguity?.facet ?? null }, 'triage');
    }
    return result;
  };
}
