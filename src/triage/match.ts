import { maxGap, type Pattern, type Sequence, type Term, termMatches, window } from './pattern.js';
import type { Token } from './tokens.js';

/** The token positions one pattern occurrence used. */
export type Occurrence = readonly number[];

/**
 * Every occurrence of a pattern in the tokens, earliest first (bounded; the first few are enough).
 * Callers ask only for the patterns a PatternIndex finds possible (pattern-index.ts); this scans.
 */
export function findOccurrences(pattern: Pattern, tokens: readonly Token[]): Occurrence[] {
  const perPart = pattern.parts.map((part) => sequenceOccurrences(part, tokens));
  if (perPart.some((list) => list.length === 0)) return [];
  if (perPart.length === 1) return perPart[0]!;
  return combineParts(perPart, tokens);
}

const maxOccurrences = 8;

function tokenMatches(term: Term, token: Token): boolean {
  if (token.filler) return false;
  const keys = token.atomKeys;
  return keys ? term.some((atom) => keys.has(atom.key)) : termMatches(term, token.forms);
}

function sequenceOccurrences(sequence: Sequence, tokens: readonly Token[]): Occurrence[] {
  const found: Occurrence[] = [];
  for (let start = 0; start < tokens.length && found.length < maxOccurrences; start++) {
    const occurrence = sequenceAt(sequence, tokens, start);
    if (occurrence) found.push(occurrence);
  }
  return found;
}

/** Greedy: each next word is the nearest match after the previous, within the gap. */
function sequenceAt(sequence: Sequence, tokens: readonly Token[], start: number): Occurrence | null {
  const first = tokens[start];
  if (!first || !tokenMatches(sequence[0]!, first)) return null;
  const used = [start];
  let at = start;
  for (const term of sequence.slice(1)) {
    const next = nextMatch(term, tokens, at, first.sentence);
    if (next < 0) return null;
    used.push(next);
    at = next;
  }
  return used;
}

function nextMatch(term: Term, tokens: readonly Token[], after: number, sentence: number): number {
  for (let i = after + 1; i <= after + 1 + maxGap && i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.sentence !== sentence) return -1;
    if (tokenMatches(term, token)) return i;
  }
  return -1;
}

/** Picks one occurrence per part so that all fit one sentence and one window, without sharing tokens. */
function combineParts(perPart: readonly Occurrence[][], tokens: readonly Token[]): Occurrence[] {
  const results: Occurrence[] = [];
  const pick = (index: number, chosen: number[]): void => {
    if (results.length >= maxOccurrences) return;
    if (index === perPart.length) {
      results.push([...chosen].sort((a, b) => a - b));
      return;
    }
    for (const occurrence of perPart[index]!) {
      if (fits(chosen, occurrence, tokens)) pick(index + 1, [...chosen, ...occurrence]);
    }
  };
  pick(0, []);
  return results;
}

function fits(chosen: readonly number[], occurrence: Occurrence, tokens: readonly Token[]): boolean {
  if (chosen.length === 0) return true;
  if (occurrence.some((i) => chosen.includes(i))) return false;
  const all = [...chosen, ...occurrence];
  const sentence = tokens[chosen[0]!]!.sentence;
  if (all.some((i) => tokens[i]!.sentence !== sentence)) return false;
  return Math.max(...all) - Math.min(...all) < window;
}
