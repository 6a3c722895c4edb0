import { distance } from 'fastest-levenshtein';
import type { Atom } from './pattern.js';
import { WordMemo } from './word-memo.js';

/**
 * Typo tolerance. A word the lexicon does not know and that is not an ordinary
 * word either ("pestn", "mishandleing") gets the lexicon words closest to it as
 * extra forms: edit distance 1 from 5 letters, 2 from 9. A swap of two
 * neighbouring letters ("pseten") counts as one edit, as people make it in one.
 * Ordinary words are never corrected, or "staat" would become "slaat" and
 * "naast" would become "naakt".
 */

/** Endings added to prefix stems, so "pestn" can be corrected to a real form of "pest*". */
const stemEndings = ['', 'e', 'en', 'er', 'ers', 'erij', 't', 'te', 'ten', 'd', 'de', 'den', 's', 'je', 'jes', 'ing', 'ingen', 'ed', 'es'];

export interface Vocabulary {
  /** Words by length, the targets a typo may be corrected to. */
  readonly byLength: ReadonlyMap<number, readonly string[]>;
  /** Words never corrected: the targets themselves plus ordinary words. */
  readonly known: ReadonlySet<string>;
}

export function buildVocabulary(atoms: readonly Atom[], ordinaryWords: Iterable<string>): Vocabulary {
  const targets = new Set<string>();
  for (const atom of atoms) for (const word of atomSurfaceForms(atom)) targets.add(word);
  const byLength = new Map<number, string[]>();
  for (const word of [...targets].sort()) {
    const list = byLength.get(word.length) ?? [];
    list.push(word);
    byLength.set(word.length, list);
  }
  return { byLength, known: new Set([...targets, ...ordinaryWords]) };
}

/** Past participles too ("gepest"), so that "gepst" finds its way back. */
const participleEndings = ['', 't', 'd', 'en'];

function atomSurfaceForms(atom: Atom): string[] {
  if (atom.kind === 'exact' || atom.kind === 'suffix') return [atom.text];
  return [...stemEndings.map((ending) => atom.text + ending), ...participleEndings.map((ending) => `ge${atom.text}${ending}`)];
}

/** The largest edit distance accepted between two words of these lengths. */
export function allowedEdits(a: string, b: string): number {
  const shorter = Math.min(a.length, b.length);
  if (shorter >= 9) return 2;
  if (shorter >= 5) return 1;
  return 0;
}

/**
 * Whether `word` may be a typo of `target`. The first letter must agree: people
 * rarely mistype it, and allowing it turns ordinary English words into Dutch
 * cues ("wears" into "swear").
 */
export function isTypoOf(word: string, target: string): boolean {
  if (word[0] !== target[0] || word === target) return false;
  const allowed = allowedEdits(word, target);
  return allowed > 0 && Math.abs(word.length - target.length) <= allowed && typoDistance(word, target) <= allowed;
}

/** Levenshtein, except that one swap of neighbouring letters costs 1. */
export function typoDistance(a: string, b: string): number {
  const plain = distance(a, b);
  return plain === 2 && isOneSwap(a, b) ? 1 : plain;
}

function isOneSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff.push(i);
  const [i, j] = diff;
  return diff.length === 2 && i !== undefined && j === i + 1 && a[i] === b[j] && a[j] === b[i];
}

/** Per vocabulary (a word's corrections depend on it), at most 20,000 words. */
const found = new WordMemo<readonly string[]>(20_000);

/** Lexicon words this word is probably a typo of; empty for known or short words. */
export function corrections(word: string, vocabulary: Vocabulary): readonly string[] {
  if (word.length < 5 || vocabulary.known.has(word) || /\d/.test(word)) return [];
  const cached = found.get(vocabulary, word);
  if (cached) return cached;
  const targets = closestTargets(word, vocabulary);
  found.set(vocabulary, word, targets);
  return targets;
}

/** At most two equally close targets: more than that means the typo is too ambiguous to trust. */
function closestTargets(word: string, vocabulary: Vocabulary): readonly string[] {
  let best = Number.POSITIVE_INFINITY;
  let found: string[] = [];
  for (let length = word.length - 2; length <= word.length + 2; length++) {
    for (const target of vocabulary.byLength.get(length) ?? []) {
      if (!isTypoOf(word, target)) continue;
      const edits = typoDistance(word, target);
      if (edits > best) continue;
      if (edits < best) found = [];
      best = edits;
      found.push(target);
    }
  }
  return found.length <= 2 ? found : [];
}
