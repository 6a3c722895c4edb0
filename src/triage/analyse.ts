import { compiled } from './compiled.js';
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
  const tokens = tokenise(text);
  for (const token of tokens) addTypoForms(token);
  const evidence = collectEvidence(tokens, negationScopes(tokens), compiled.signals);
  return { tokens, evidence, scores: scoreRoutes(compiled.routes, evidence) };
}

function addTypoForms(token: Token): void {
  for (const form of corrections(token.text, compiled.vocabulary)) if (!token.forms.includes(form)) token.forms.push(form);
  token.atomKeys = compiled.atomIndex.keysOf(token.forms);
}
