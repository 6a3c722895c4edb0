import type { SafetyAmbiguity } from '../engine/context.js';
import { modelClasses } from './model/classes.js';
import { oneHot, routesGivenFacets, type StackedModel, type StackedPrediction } from './model/stacked-model.js';
import { unclearRoute } from './routes.js';

/** Facet values that answer nothing ("none", "unknown") are never offered as a button. */
const silentValues = new Set(['none', 'unknown']);
/** Facets a teacher can answer at a glance, in the order they are preferred when several separate the candidates. */
const askable = ['actor', 'time', 'source', 'victim', 'harm'];
const maxOptions = 4;

/**
 * The one question that separates the close candidates: for each facet, the
 * route the model picks when that facet is fixed to each of its values (the
 * text stays the same). The facet whose answers lead to both candidates, and
 * to the fewest other routes, is asked; each answer button carries its route.
 * Null when no facet separates them (the engine then offers the routes).
 */
export function safetyAmbiguity(model: StackedModel, prediction: StackedPrediction, close: readonly string[]): SafetyAmbiguity | null {
  const { textScores, facets: predicted } = prediction;
  let best: { facet: string; options: { value: string; route: string }[]; score: number } | null = null;
  for (const name of askable) {
    const f = model.facets.findIndex((facet) => facet.name === name);
    if (f < 0) continue;
    const facet = model.facets[f]!;
    const options: { value: string; route: string }[] = [];
    facet.values.forEach((value, v) => {
      if (silentValues.has(value)) return;
      const fixed = predicted.map((p, i) => (i === f ? oneHot(p.length, v) : p));
      const routes = routesGivenFacets(model, textScores, fixed);
      const route = modelClasses[routes.indexOf(Math.max(...routes))]!;
      if (route !== unclearRoute && !options.some((o) => o.route === route)) options.push({ value, route });
    });
    if (!close.every((route) => options.some((o) => o.route === route))) continue;
    const kept = [...options.filter((o) => close.includes(o.route)), ...options.filter((o) => !close.includes(o.route))].slice(0, maxOptions);
    const score = kept.length;
    if (!best || score < best.score) best = { facet: name, options: kept, score };
  }
  return best ? { facet: best.facet, options: best.options } : null;
}
