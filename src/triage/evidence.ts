import { findOccurrences, type Occurrence } from './match.js';
import { isNegated } from './negation.js';
import type { Pattern } from './pattern.js';
import { type PersonKind, personKinds, type SignalId } from './signals.js';
import type { Token } from './tokens.js';

export interface PersonMention {
  readonly kind: PersonKind;
  /** First token of the mention. */
  readonly index: number;
}

/** What one utterance says, in signals; route lexicons reason over this. */
export interface Evidence {
  readonly tokens: readonly Token[];
  /** For each token, the negator covering it or -1. */
  readonly negatedBy: readonly number[];
  /** Non-negated occurrences of a signal, earliest first. */
  hits(signal: SignalId): readonly Occurrence[];
  has(signal: SignalId): boolean;
  /** People mentioned, in text order (negation does not remove a person). */
  readonly persons: readonly PersonMention[];
  /** Whether a lexicon pattern can match these tokens at all (false only when the pattern index rules it out). */
  mayMatch(pattern: Pattern): boolean;
}

export function collectEvidence(
  tokens: readonly Token[],
  negatedBy: readonly number[],
  signals: ReadonlyMap<SignalId, readonly Pattern[]>,
  possible: ReadonlySet<Pattern> | null = null,
): Evidence {
  const mayMatch = (pattern: Pattern): boolean => possible === null || possible.has(pattern);
  // Most signals occur in no message: only the ones found are kept, and the rest share one empty list.
  const allBySignal = new Map<SignalId, readonly Occurrence[]>();
  signals.forEach((patterns, signal) => {
    let all: Occurrence[] | null = null;
    for (const pattern of patterns) {
      if (!mayMatch(pattern)) continue;
      const found = findOccurrences(pattern, tokens);
      if (found.length === 0) continue;
      if (all) all.push(...found);
      else all = found;
    }
    if (all) allBySignal.set(signal, all.sort((a, b) => a[0]! - b[0]!));
  });
  const kinds = personKindByIndex(allBySignal);
  const hitsBySignal = new Map<SignalId, readonly Occurrence[]>();
  for (const [signal, all] of allBySignal) {
    // A word that is two kinds of person counts only as the kind it was given: "overblijfmoeder" is staff, not family.
    const asGiven = isPersonKind(signal) ? all.filter((occurrence) => kinds.get(occurrence[0]!) === signal) : all;
    const hits = asGiven.filter((occurrence) => !isNegated(occurrence, negatedBy));
    if (hits.length > 0) hitsBySignal.set(signal, hits);
  }
  const hits = (signal: SignalId): readonly Occurrence[] => hitsBySignal.get(signal) ?? none;
  return {
    tokens,
    negatedBy,
    hits,
    has: (signal) => hits(signal).length > 0,
    persons: personMentions(kinds),
    mayMatch,
  };
}

const none: readonly Occurrence[] = Object.freeze([]);

function isPersonKind(signal: SignalId): signal is PersonKind {
  return (personKinds as readonly string[]).includes(signal);
}

/** The kind of person each word names; when a word is two kinds ("overblijfmoeder"), the earlier kind in personKinds wins. */
function personKindByIndex(allBySignal: ReadonlyMap<SignalId, readonly Occurrence[]>): Map<number, PersonKind> {
  const byIndex = new Map<number, PersonKind>();
  for (const kind of personKinds) {
    for (const occurrence of allBySignal.get(kind) ?? none) {
      const index = occurrence[0]!;
      if (!byIndex.has(index)) byIndex.set(index, kind);
    }
  }
  return byIndex;
}

/** One mention per person. */
function personMentions(byIndex: ReadonlyMap<number, PersonKind>): PersonMention[] {
  const sorted = [...byIndex.entries()].sort((a, b) => a[0] - b[0]);
  // "tso medewerker", "stief vader": adjacent words of one kind are one person.
  return sorted.filter(([index, kind]) => byIndex.get(index - 1) !== kind).map(([index, kind]) => ({ index, kind }));
}
