import type { TriageResult } from '../../src/engine/context.js';

/** Triage torn between a disclosure (someone at home) and abuse by staff: the "who does this?" ambiguity. */
export function actorAmbiguity(route: string | null): TriageResult {
  return {
    route,
    candidates: ['disclosure', 'misbruik-door-personeel'],
    ambiguity: {
      facet: 'actor',
      options: [
        { value: 'household', route: 'disclosure' },
        { value: 'staff', route: 'misbruik-door-personeel' },
      ],
    },
  };
}
