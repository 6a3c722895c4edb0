import type { TriageResult } from '../engine/context.js';
import { decide, orderCandidates, thresholds } from './decision.js';
import { modelClasses } from './model/classes.js';
import { isSafetyRoute, unclearRoute } from './routes.js';
import type { RouteScore } from './scoring.js';

/**
 * Rules and model together. The rules keep the last word where they are sure:
 * a safety route they start, and any route they score as decisive; a route
 * they score below zero (evidence against it: a lost key is no missing child)
 * is out. Elsewhere (rules asking, or a weaker route of theirs) both are summed
 * as evidence in log space: log p(model) + ruleWeight * rule score, plus the
 * log of safetyOdds for every safety route, so that a safety route wins from a
 * route up to that many times as likely. The settings come from the
 * cross-validation in scripts/eval-triage-cv.ts, chosen on a plateau rather
 * than a peak; on texts the rules never saw, trusting the model where the
 * rules are silent is what finds most missed safety routes.
 */
export const fusionSettings = {
  /** Nats of evidence per point of rule score (a decisive cue of 5 multiplies the odds by e^2.5 ≈ 12). */
  ruleWeight: 0.5,
  /** Rule scores above this add no more: many cues of one route are not independent evidence. */
  ruleCap: 5,
  /** A safety route wins from a route that is up to this many times as likely. */
  safetyOdds: 3,
  /** Below this combined probability for the best route, ask instead. */
  minConfidence: 0.15,
  /** A route is offered as a choice from this combined probability (or a rule score above thresholds.candidate). */
  candidate: 0.1,
  /** A message of at most this many words where the rules ask between several routes is too short for the model to settle: ask. */
  shortMessage: 3,
  /**
   * A route no rule supports starts only when the model alone gives it at least
   * this probability; below it the bot asks, with the likely routes (safety
   * first) as buttons. Without this gate ordinary chatter ("oma komt haar
   * kleindochter ophalen", "een stagiair loopt mee") started safety routes.
   */
  modelOnly: 0.5,
} as const;

/** `probabilities` in the order of modelClasses; `words`: how many words the message has. */
export function fuse(scores: readonly RouteScore[], probabilities: Float64Array, words: number): TriageResult {
  const rules = decide(scores);
  const ruleScore = (route: string): number => scores.find((s) => s.route === route)?.score ?? 0;
  const combined = combine(probabilities, ruleScore).filter((c) => ruleScore(c.route) >= 0);
  if (rules.route && (isSafetyRoute(rules.route) || ruleScore(rules.route) >= thresholds.confident)) {
    return { route: rules.route, candidates: candidatesFor(rules.route, combined, ruleScore) };
  }
  const [best] = combined;
  const ambiguousShort = !rules.route && words <= fusionSettings.shortMessage && rules.candidates.length >= 2;
  const modelOnlyAndUnsure = best !== undefined && ruleScore(best.route) <= 0 && (probabilities[modelClasses.indexOf(best.route)] ?? 0) < fusionSettings.modelOnly;
  const route =
    best && best.route !== unclearRoute && best.p >= fusionSettings.minConfidence && !ambiguousShort && !modelOnlyAndUnsure ? best.route : null;
  return { route, candidates: candidatesFor(route, combined, ruleScore) };
}

interface Combined {
  readonly route: string;
  readonly p: number;
}

/** Combined probability per class, best first (ties: safety first, then the order of modelClasses). */
function combine(probabilities: Float64Array, ruleScore: (route: string) => number): Combined[] {
  const logits = modelClasses.map((route, i) => {
    const rules = fusionSettings.ruleWeight * Math.min(ruleScore(route), fusionSettings.ruleCap);
    const safety = isSafetyRoute(route) ? Math.log(fusionSettings.safetyOdds) : 0;
    return Math.log(Math.max(probabilities[i] ?? 0, 1e-12)) + rules + safety;
  });
  const max = Math.max(...logits);
  const weights = logits.map((logit) => Math.exp(logit - max));
  const total = weights.reduce((a, b) => a + b, 0);
  return modelClasses
    .map((route, i) => ({ route, p: weights[i]! / total, order: i }))
    .sort((a, b) => b.p - a.p || Number(isSafetyRoute(b.route)) - Number(isSafetyRoute(a.route)) || a.order - b.order)
    .map(({ route, p }) => ({ route, p }));
}

/** The routes either the model or the rules find likely, ordered as decide() orders them. */
function candidatesFor(route: string | null, combined: readonly Combined[], ruleScore: (route: string) => number): string[] {
  const likely = combined
    .filter((c) => c.route !== unclearRoute && (c.p >= fusionSettings.candidate || ruleScore(c.route) >= thresholds.candidate))
    .map((c) => c.route);
  return orderCandidates(route, likely);
}
