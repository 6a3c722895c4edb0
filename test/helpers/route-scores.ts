import type { RouteId } from '../../src/triage/routes.js';
import type { RouteScore } from '../../src/triage/scoring.js';

/** Rule scores for a triage unit test, written as { route: score }. */
export function routeScores(entries: Partial<Record<RouteId, number>>): RouteScore[] {
  return Object.entries(entries).map(([route, score]) => ({ route: route as RouteId, score: score!, because: [] }));
}
