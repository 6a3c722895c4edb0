import type { Locale } from '../content/types.js';
import type { TriageResult } from '../engine/context.js';
import { analyse } from './analyse.js';
import { conceptsOfAnalysis } from './model/text-concepts.js';
import { predictStacked, type StackedModel } from './model/stacked-model.js';
import { decideRoute } from './route-decision.js';
import { isSafetyRoute } from './routes.js';
import { shippedModel } from './shipped-model.js';

/** A lexicon score from which a safety route the model passes over is still put to the asker (route-decision.ts). */
export const ruleSafetyNet = 4;

/** Up to this many words, a safety route needs a cue in the text: a lexicon cue of that route or an alarm signal. */
const shortMessage = 5;
/** A lexicon score from which the lexicon names a route (model/concepts.ts uses the same bar for its cue features). */
const cueScore = 2.5;
/** Up to this many words, a message that is a name (see `namedScore`) is a lookup of what it names. */
const nameOnly = 3;
/** A full-weight lexicon cue: the name of what a route is about (a regulation, an organisation, a system), e.g. "klokkenluidersregeling", "VT". */
const namedScore = 5;
const alarmSignals = new Set(['harm', 'injury', 'fear', 'threat', 'aggression', 'sexual', 'intoxicated', 'secret']);

/**
 * Picks the protocol route for a free question, deterministically: no network,
 * no clock. The lexicon's concepts (keywords, who-does-what) and the text's
 * words, stems and character grams feed facet models (who acts, who is
 * harmed, how it is known, when, what harm); the route model decides from the
 * text and the facets (model/stacked-model.ts); route-decision.ts turns the
 * probabilities into a route, a clarifying question or a safety ambiguity.
 * Both languages always apply: staff mix Dutch and English in one message.
 */
export function triage(text: string, _locale: Locale): TriageResult {
  return triageWith(shippedModel(), text);
}

/** triage() with a given model (the evaluation script measures models trained on part of the corpus). */
export function triageWith(model: StackedModel, text: string): TriageResult {
  const analysis = analyse(text);
  const concepts = conceptsOfAnalysis(analysis);
  const strongest = analysis.scores.filter((s) => isSafetyRoute(s.route)).sort((a, b) => b.score - a.score)[0];
  const ruleSafety = strongest && strongest.score >= ruleSafetyNet ? strongest.route : null;
  const ruleScore = (route: string): number => analysis.scores.find((s) => s.route === route)?.score ?? 0;
  const long = analysis.tokens.length > shortMessage;
  const alarming = concepts.some((c) => alarmSignals.has(c));
  const grounded = (route: string): boolean => long || alarming || ruleScore(route) > 0;
  const cued = (route: string): boolean => ruleScore(route) >= cueScore;
  const named = analysis.tokens.length <= nameOnly && !alarming ? namedRoute(analysis.scores) : null;
  return decideRoute(model, predictStacked(model, text, concepts), ruleSafety, grounded, cued, !long && alarming, named);
}

/**
 * The one route a message of a few words names outright ("klokkenluidersregeling", "de vertrouwenspersoon"),
 * or null: none or several. Never a safety route (those have their own net, `ruleSafety`).
 */
function namedRoute(scores: readonly { route: string; score: number }[]): string | null {
  const named = scores.filter((s) => s.score >= namedScore);
  return named.length === 1 && !isSafetyRoute(named[0]!.route) ? named[0]!.route : null;
}
