import { type Analysis, analyse } from '../analyse.js';
import { conceptsOf, cueConcepts } from './concepts.js';

/** Everything the lexicon tells the model about a text: shared concepts and route cues. */
export function conceptsOfText(text: string): string[] {
  return conceptsOfAnalysis(analyse(text));
}

export function conceptsOfAnalysis(analysis: Analysis): string[] {
  return [...conceptsOf(analysis.evidence), ...cueConcepts(analysis.scores)];
}
