import type { WordSets } from './lexicon/lexicon-schema.js';
import { shippedLexicon } from './shipped-lexicon.js';
import type { Token } from './tokens.js';

/**
 * Negation: "geen blauwe plekken, maar hij wordt wel gepest" is about bullying.
 * A negator covers the next few words of its own clause (a comma or "maar"
 * ends the clause), and a clause-final Dutch "niet" ("hij slaat haar niet")
 * covers the words just before it.
 */

/** The word sets negation reads (triage/lexicon/_word-sets.yaml, `negation`). */
const words = (): WordSets['negation'] => shippedLexicon().words.negation;

const forwardReach = 4;
const backwardReach = 3;

/** For each token: the index of the negator that covers it, or -1. */
export function negationScopes(tokens: readonly Token[]): number[] {
  const coveredBy = tokens.map(() => -1);
  tokens.forEach((token, i) => {
    if (!isNegator(tokens, i)) return;
    for (const j of forwardScope(tokens, i)) coveredBy[j] = i;
    if (words().postVerbal.has(token.text) && isClauseFinal(tokens, i)) {
      for (const j of backwardScope(tokens, i)) if (coveredBy[j] === -1) coveredBy[j] = i;
    }
  });
  return coveredBy;
}

/** A negator in a hedge ("weet niet", "geen idee", "not sure", "niet alleen") negates nothing. */
export function isNegator(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i]?.text;
  if (!word || !words().negators.has(word)) return false;
  const next = tokens[i + 1]?.text;
  const previous = tokens[i - 1]?.text;
  const beforePrevious = tokens[i - 2]?.text;
  if (next === 'idee' || next === 'idea' || next === 'zeker' || next === 'sure' || next === 'alleen' || next === 'only') return false;
  if (next === 'know' || next === 'weet' || previous === 'weet' || beforePrevious === 'weet' || previous === 'of' || previous === 'or') return false;
  return true;
}

function forwardScope(tokens: readonly Token[], i: number): number[] {
  const scope: number[] = [];
  const clause = tokens[i]!.clause;
  for (let j = i + 1; j < tokens.length && j <= i + forwardReach; j++) {
    const token = tokens[j]!;
    if (token.clause !== clause || words().scopeBreakers.has(token.text)) break;
    scope.push(j);
  }
  return scope;
}

function backwardScope(tokens: readonly Token[], i: number): number[] {
  const scope: number[] = [];
  const clause = tokens[i]!.clause;
  for (let j = i - 1; j >= 0 && j >= i - backwardReach; j--) {
    const token = tokens[j]!;
    if (token.clause !== clause || words().scopeBreakers.has(token.text) || words().negators.has(token.text)) break;
    scope.push(j);
  }
  return scope;
}

function isClauseFinal(tokens: readonly Token[], i: number): boolean {
  const clause = tokens[i]!.clause;
  for (let j = i + 1; j < tokens.length && tokens[j]!.clause === clause; j++) {
    if (!words().trailingFillers.has(tokens[j]!.text)) return false;
  }
  return true;
}

/**
 * An occurrence is negated when a negator outside it covers one of its words.
 * Patterns that contain their own negator ("durft niet naar huis",
 * "zonder ontbijt") are therefore never cancelled by it.
 */
export function isNegated(occurrence: readonly number[], coveredBy: readonly number[]): boolean {
  return occurrence.some((i) => {
    const negator = coveredBy[i] ?? -1;
    return negator >= 0 && !occurrence.includes(negator);
  });
}
