import { compiledTriage } from './compiled.js';
import { type Evidence, collectEvidence } from './evidence.js';
import { corrections } from './fuzzy.js';
import { negationScopes } from './negation.js';
import { type RouteScore, scoreRoutes } from './scoring.js';
import { type Token, tokenise } from './tokens.js';

export interface Analysis {
  readonly tokens: readonly Token[];
  readonly evidence: Evidence;
  readonly scores: readonly RouteScore[];
}

/** The whole pipeline up to the scores: tokens, typo forms, negation, signals, route scores. */
export function analyse(text: string): Analysis {
  const evidence = evidenceOf(text);
  return { tokens: evidence.tokens, evidence, scores: scoreRoutes(compiledTriage().routes, evidence) };
}

/** The pipeline up to the signals, without route scores (what the model's concepts need). */
export function evidenceOf(text: string): Evidence {
  const tokens = tokenise(text);
  for (const token of tokens) addTypoForms(token);
  const { signals, patternIndex } = compiledTriage();
  return collectEvidence(tokens, negationScopes(tokens), signals, patternIndex.possible(tokens));
}

function addTypoForms(token: Token): void {
  const { vocabulary, atomIndex } = compiledTriage();
  for (const form of corrections(token.text, vocabulary)) if (!token.forms.includes(form)) token.forms.push(form);
  token.atomKeys = atomIndex.keysOf(token.forms);
}
