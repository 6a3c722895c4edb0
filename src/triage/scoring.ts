import type { CompiledRoute } from './compiled.js';
import type { Evidence } from './evidence.js';
import { findOccurrences } from './match.js';
import { isNegated } from './negation.js';
import type { RouteId } from './routes.js';

export interface RouteScore {
  readonly route: RouteId;
  readonly score: number;
  /** The cue patterns that counted, for the eval script's explanations. */
  readonly because: readonly string[];
}

/** Sum of the route's matched cues (each once, and only where not negated) plus its combination rule. */
export function scoreRoute(route: CompiledRoute, e: Evidence): RouteScore {
  let score = 0;
  const because: string[] = [];
  for (const cue of route.cues) {
    if (!e.mayMatch(cue.pattern)) continue;
    const occurrences = findOccurrences(cue.pattern, e.tokens);
    if (!occurrences.some((occurrence) => !isNegated(occurrence, e.negatedBy))) continue;
    score += cue.weight;
    because.push(cue.pattern.source);
  }
  const combined = route.combine?.(e) ?? 0;
  if (combined !== 0) because.push(`combination ${combined > 0 ? '+' : ''}${combined}`);
  return { route: route.route, score: score + combined, because };
}

export function scoreRoutes(routes: readonly CompiledRoute[], e: Evidence): RouteScore[] {
  return routes.map((route) => scoreRoute(route, e));
}
