import type { TriageResult } from '../engine/context.js';
import { isSafetyRoute, routeIds } from './routes.js';
import type { RouteScore } from './scoring.js';

/**
 * How scores become a decision. Safety routes need less evidence and win from
 * a stronger other route, because starting meldcode for a disclosure (which
 * would advise talking to the parents) can hurt a child, while the opposite
 * mistake costs a click.
 */
export const thresholds = {
  /** A non-safety route starts without asking from this score. */
  route: 2.5,
  /** A safety route starts from this score ... */
  safety: 2.5,
  /** ... when it is at least this fraction of the best other route. */
  safetyYield: 0.5,
  /** A weaker safety signal still stops another mid-strength route from starting: ask instead. */
  safetyHint: 1.5,
  /** Two other routes this close (as a fraction of the top) make us ask ... */
  close: 0.8,
  /** ... unless the top one is this strong. */
  confident: 6,
  /** A route this strong with no rival above `candidate` starts without asking ... */
  alone: 2,
  /** The least score for a route to be offered as a choice. */
  candidate: 0.5,
  /** The engine shows at most this many choices. */
  maxCandidates: 4,
} as const;

export function decide(scores: readonly RouteScore[]): TriageResult {
  const ranked = rank(scores.filter((s) => s.score >= thresholds.candidate));
  const route = pickRoute(ranked);
  return { route, candidates: candidatesFor(route, ranked) };
}

/** Highest first; on a tie safety first, then the order of the routes list. */
function rank(scores: readonly RouteScore[]): RouteScore[] {
  const order = (route: string): number => routeIds.indexOf(route as (typeof routeIds)[number]);
  return [...scores].sort(
    (a, b) => b.score - a.score || Number(isSafetyRoute(b.route)) - Number(isSafetyRoute(a.route)) || order(a.route) - order(b.route),
  );
}

function pickRoute(ranked: readonly RouteScore[]): string | null {
  const safety = ranked.find((s) => isSafetyRoute(s.route));
  const others = ranked.filter((s) => !isSafetyRoute(s.route));
  const [top, second] = others;
  const safetyScore = safety?.score ?? 0;
  if (safety && safetyScore >= thresholds.safety && safetyScore >= thresholds.safetyYield * (top?.score ?? 0)) return safety.route;
  if (safety && safetyScore >= thresholds.alone && ranked.length === 1) return safety.route;
  if (!top) return null;
  if (top.score < thresholds.route) return top.score >= thresholds.alone && !second && !safety ? top.route : null;
  if (safetyScore >= thresholds.safetyHint && top.score < 2 * safetyScore) return null;
  if (second && second.score >= thresholds.close * top.score && top.score < thresholds.confident) return null;
  return top.route;
}

function candidatesFor(route: string | null, ranked: readonly RouteScore[]): string[] {
  return orderCandidates(
    route,
    ranked.map((s) => s.route),
  );
}

/** With a route: that route first. Without: safety routes first, so the riskiest reading is one tap away. At most maxCandidates. */
export function orderCandidates(route: string | null, likely: readonly string[]): string[] {
  const ordered = route ? [route, ...likely.filter((r) => r !== route)] : [...likely.filter(isSafetyRoute), ...likely.filter((r) => !isSafetyRoute(r))];
  return ordered.slice(0, thresholds.maxCandidates);
}
