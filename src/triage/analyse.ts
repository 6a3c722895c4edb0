import { compiledTriage } from './compiled.js';
import { type Evidence, collectEvidence } from './evidence.js';
import { corrections } from './fuzzy.js';
import { negationScopes } from './negation.js';
import { type RouteScore, scoreRoutes } from './scoring.js';
import { type Token, tokenise } from './tokens.js';
import { WordMemo } from './word-memo.js';

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

/**
 * A word's spellings (its own forms and typo corrections) and the lexicon
 * atoms they match depend on the word and the lexicon alone: worked out once
 * per word and lexicon, as staff reuse their words (the prefix, suffix and
 * infix lookups were a tenth of what triage allocates per message).
 */
interface WordLookup {
  readonly forms: string[];
  readonly atomKeys: ReadonlySet<string>;
}

/** Per lexicon, at most 20,000 words. */
const lookups = new WordMemo<WordLookup>(20_000);

function addTypoForms(token: Token): void {
  const compiled = compiledTriage();
  const known = lookups.get(compiled, token.text);
  if (known) {
    token.forms = known.forms;
    token.atomKeys = known.atomKeys;
    return;
  }
  for (const form of corrections(token.text, compiled.vocabulary)) if (!token.forms.includes(form)) token.forms.push(form);
  token.atomKeys = compiled.atomIndex.keysOf(token.forms);
  lookups.set(compiled, token.text, { forms: token.forms, atomKeys: token.atomKeys });
}
