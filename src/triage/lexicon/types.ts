import type { Evidence } from '../evidence.js';
import type { RouteId } from '../routes.js';

/**
 * Weights, roughly: 5 = decisive on its own ("pesten", "overleden"),
 * 3 = strong, 2 = supporting, 1 = only enough to be offered as a choice.
 */
export interface Cue {
  readonly pattern: string;
  readonly weight: number;
}

export interface RouteLexicon {
  readonly route: RouteId;
  readonly cues: readonly Cue[];
  /** Extra score from combinations of signals ("a pupil tells" + "harm" + "family"). */
  readonly combine?: (e: Evidence) => number;
}

export function weighted(weight: number, ...patterns: string[]): Cue[] {
  return patterns.map((pattern) => ({ pattern, weight }));
}
