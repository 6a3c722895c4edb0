import type { SafetyAmbiguity, TriageResult } from '../engine/context.js';
import { safetyAmbiguity } from './ambiguity.js';
import { modelClasses } from './model/classes.js';
import type { StackedModel, StackedPrediction } from './model/stacked-model.js';
import { isSafetyRoute, unclearRoute } from './routes.js';

/**
 * From probabilities to the first answer. Settings chosen on cross-corpus runs
 * (scripts/eval-triage.ts --cross: train on two writers' files, measure on the
 * third), never on the held-out file.
 */
export const decisionSettings = {
  /** A safety route wins from a route up to this many times as likely: missing one costs more than a false alarm. */
  safetyOdds: 1.5,
  /** Below this probability for the best route (after the safety odds) the bot asks. */
  minConfidence: 0.25,
  /** A route is offered as a button from this probability. */
  candidate: 0.08,
  /** A safety route within this factor of the best other route makes the first answer the shared safety action plus one question. */
  ambiguityRatio: 2.5,
  /** Only a safety route with at least this probability can make a message ambiguous ... */
  ambiguityFloor: 0.2,
  /** ... and, when no route is likely enough to start, at least this one: a short answer like "stap 2" spreads the model thin and is no alarm. */
  unsureAmbiguityFloor: 0.35,
} as const;

/** The engine shows at most this many routes as buttons. */
const maxCandidates = 4;

interface Ranked {
  readonly route: string;
  readonly p: number;
}

/**
 * `ruleSafety`: a safety route the lexicon scores as decisive. The model has
 * the last word on routes, but a safety route the lexicon is sure of and the
 * model passes over is never dropped: it becomes the route when the model has
 * none, else one of the two routes the safety ambiguity asks between.
 * `shortAlarm`: a message of a few words with an alarm signal ("geslagen");
 * when a safety route is among the candidates and not first, the first answer
 * is the safety ambiguity between it and the likeliest other route.
 * `named`: a message of a few words that names one route's subject outright
 * ("klokkenluidersregeling"); when the model cannot place it, that route. A
 * name is all such a message says, and the model has few features to go on.
 */
export function decideRoute(
  model: StackedModel,
  prediction: StackedPrediction,
  ruleSafety: string | null = null,
  grounded: (route: string) => boolean = () => true,
  cued: (route: string) => boolean = () => false,
  shortAlarm = false,
  named: string | null = null,
): TriageResult {
  const ranked = rank(prediction.routes, grounded);
  const facets = topFacets(model, prediction);
  const [best, second] = ranked;
  const candidates = ranked.filter((r) => r.route !== unclearRoute && r.p >= decisionSettings.candidate).map((r) => r.route);
  const unsure = !best || best.route === unclearRoute || best.p < decisionSettings.minConfidence;
  if (ruleSafety && (unsure || best?.route !== ruleSafety)) {
    if (unsure) return result(ruleSafety, candidates, facets);
    const close = [best!.route, ruleSafety];
    return result(best!.route, [ruleSafety, ...candidates], facets, safetyAmbiguity(model, prediction, close) ?? routeQuestion(close));
  }
  if (unsure && named) return result(named, candidates, facets);
  const likeliest = ranked.find((r) => r.route !== unclearRoute);
  if (unsure && likeliest && likeliest.p >= decisionSettings.candidate && cued(likeliest.route)) {
    // A short message the model cannot place ("parnassys"), whose likeliest route the lexicon also names: two sources agree.
    return result(likeliest.route, candidates, facets);
  }
  const safety = ranked.find((r) => isSafetyRoute(r.route));
  if (shortAlarm && safety && safety.p >= decisionSettings.candidate && (unsure || !isSafetyRoute(best.route))) {
    // "geslagen", "blauwe plek bij J.": a few alarming words say nothing of who did it, and the model's margin means little.
    const other = ranked.find((r) => r.route !== unclearRoute && r.route !== safety.route);
    const pair = other ? [other.route, safety.route] : [safety.route];
    return result(unsure ? null : best.route, [safety.route, ...candidates], facets, safetyAmbiguity(model, prediction, pair) ?? routeQuestion(pair));
  }
  if (unsure) {
    const grounded = safety !== undefined && safety.p >= decisionSettings.unsureAmbiguityFloor;
    return result(null, candidates, facets, grounded ? ambiguityOf(model, ranked, prediction) : null);
  }
  const close = second !== undefined && second.route !== unclearRoute && best.p < decisionSettings.ambiguityRatio * second.p;
  const safetyInPlay = [best, second].some((r) => r !== undefined && isSafetyRoute(r.route) && r.p >= decisionSettings.ambiguityFloor);
  return result(best.route, candidates, facets, close && safetyInPlay ? ambiguityOf(model, ranked, prediction) : null);
}

/** The engine's contract: at most maxCandidates, the route first, no repeats. */
function result(route: string | null, candidates: readonly string[], facets: Record<string, string>, ambiguity: SafetyAmbiguity | null = null): TriageResult {
  const ordered = [...new Set(route ? [route, ...candidates] : candidates)].slice(0, maxCandidates);
  return { route, candidates: ordered, facets, ...(ambiguity ? { ambiguity } : {}) };
}

/** When no facet separates the close routes: ask between the routes themselves. */
function routeQuestion(routes: readonly string[]): SafetyAmbiguity {
  return { facet: 'route', options: routes.map((route) => ({ value: route, route })) };
}

function ambiguityOf(model: StackedModel, ranked: readonly Ranked[], prediction: StackedPrediction) {
  const top = ranked.filter((r) => r.route !== unclearRoute).slice(0, 2);
  if (!top.some((r) => isSafetyRoute(r.route) && r.p >= decisionSettings.ambiguityFloor) || top.length < 2) return null;
  return safetyAmbiguity(model, prediction, top.map((r) => r.route));
}

/**
 * Classes by probability with the safety odds applied, renormalised; ties keep
 * modelClasses order. A safety route without grounds in the text (see
 * triage.ts: a short answer like "we zijn bij stap 5" with no cue of harm) is
 * left out: the model alone spreads thin on a few words.
 */
function rank(probabilities: Float64Array, grounded: (route: string) => boolean): Ranked[] {
  const weighted = modelClasses.map((route, i) => {
    if (!isSafetyRoute(route)) return probabilities[i] ?? 0;
    return grounded(route) ? (probabilities[i] ?? 0) * decisionSettings.safetyOdds : 0;
  });
  const total = weighted.reduce((a, b) => a + b, 0) || 1;
  return modelClasses.map((route, i) => ({ route, p: weighted[i]! / total })).sort((a, b) => b.p - a.p);
}

function topFacets(model: StackedModel, prediction: StackedPrediction): Record<string, string> {
  const facets: Record<string, string> = {};
  model.facets.forEach((facet, f) => {
    const p = prediction.facets[f]!;
    facets[facet.name] = facet.values[p.indexOf(Math.max(...p))] ?? 'unknown';
  });
  return facets;
}
