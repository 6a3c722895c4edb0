import type { Pattern } from './pattern.js';
import type { Token } from './tokens.js';

/**
 * Which lexicon patterns can match a message at all. A pattern can only
 * match where every one of its parts can start: some atom of the part's
 * first word is among the atom keys the message's words have (atom-index.ts).
 * Instead of asking that of all ~870 patterns for every message, the index
 * maps each first-word atom key to the pattern parts it can start, and a
 * message visits only the keys it has (a few dozen). What remains is the
 * same set the per-pattern check would keep; the scanning (match.ts) is
 * then done for those patterns only.
 */
export interface PatternIndex {
  /** The patterns that may match, or null when the tokens were not indexed (then any pattern may). */
  possible(tokens: readonly Token[]): ReadonlySet<Pattern> | null;
}

interface PartStart {
  /** The pattern's number in the index. */
  readonly pattern: number;
  /** The part's bit in the pattern's mask. */
  readonly bit: number;
}

/** Patterns with more parts than a mask holds are always kept (a lexicon has none near this). */
const maxParts = 31;

export function buildPatternIndex(patterns: Iterable<Pattern>): PatternIndex {
  const list = [...new Set(patterns)];
  const starts = new Map<string, PartStart[]>();
  const full = new Int32Array(list.length);
  const always: Pattern[] = [];
  list.forEach((pattern, id) => {
    if (pattern.parts.length > maxParts) {
      always.push(pattern);
      return;
    }
    pattern.parts.forEach((part, p) => {
      full[id]! |= 1 << p;
      for (const key of new Set(part[0]!.map((atom) => atom.key))) {
        const entries = starts.get(key) ?? [];
        entries.push({ pattern: id, bit: 1 << p });
        starts.set(key, entries);
      }
    });
  });
  return {
    possible(tokens) {
      if (tokens.length === 0 || !tokens.every((token) => token.atomKeys)) return null;
      const keys = new Set<string>();
      for (const token of tokens) for (const key of token.atomKeys!) keys.add(key);
      const seen = new Int32Array(list.length);
      const found = new Set<Pattern>(always);
      for (const key of keys) {
        for (const { pattern, bit } of starts.get(key) ?? []) {
          seen[pattern]! |= bit;
          if (seen[pattern] === full[pattern]) found.add(list[pattern]!);
        }
      }
      return found;
    },
  };
}
