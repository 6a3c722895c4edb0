/**
 * A tiny pattern language for lexicon entries, so a lexicon reads like a word list:
 *
 *   "pesten"            exact word (typo-tolerant through the fuzzy forms)
 *   "pest*"             prefix: pesten, pestkop, pesterij
 *   "*vader"            suffix, for compounds: stiefvader, pleegvader
 *   "*pest*"            infix, for compounds on both sides: cyberpesten
 *   "sloeg|slaat"       alternatives for one word
 *   "blauwe plek*"      a sequence: words in this order, at most one word between
 *   "pijn & doe*"       all parts in one sentence, close together, any order
 *                       (Dutch splits verbs: "hij doet haar pijn", "sluit hem buiten")
 */

export type AtomKind = 'exact' | 'prefix' | 'suffix' | 'infix';

export interface Atom {
  readonly kind: AtomKind;
  readonly text: string;
  /** Kind and text in one string, the atom's identity in the atom index. */
  readonly key: string;
}

/** One word position: any of its alternatives may match. */
export type Term = readonly Atom[];

/** Words in order, each within `maxGap` skipped words of the previous. */
export type Sequence = readonly Term[];

/** Every part must match inside one sentence, within `window` tokens. */
export interface Pattern {
  readonly source: string;
  readonly parts: readonly Sequence[];
}

export const maxGap = 1;
export const window = 7;

export function compilePattern(source: string): Pattern {
  const parts = source.split('&').map((part) => compileSequence(part, source));
  return { source, parts };
}

function compileSequence(part: string, source: string): Sequence {
  const words = part.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) throw new Error(`empty part in pattern "${source}"`);
  return words.map((word) => word.split('|').map((alt) => compileAtom(alt, source)));
}

function compileAtom(alt: string, source: string): Atom {
  const starts = alt.startsWith('*');
  const ends = alt.endsWith('*');
  const text = alt.replace(/^\*|\*$/g, '');
  if (!/^[a-z0-9]+$/.test(text)) throw new Error(`bad word "${alt}" in pattern "${source}"`);
  const kind: AtomKind = starts && ends ? 'infix' : ends ? 'prefix' : starts ? 'suffix' : 'exact';
  return { kind, text, key: atomKey(kind, text) };
}

export function atomKey(kind: AtomKind, text: string): string {
  return `${kind[0]}:${text}`;
}

export function atomMatches(atom: Atom, form: string): boolean {
  switch (atom.kind) {
    case 'exact':
      return form === atom.text;
    case 'prefix':
      return form.startsWith(atom.text);
    case 'suffix':
      return form.endsWith(atom.text);
    case 'infix':
      return form.includes(atom.text);
  }
}

export function termMatches(term: Term, forms: readonly string[]): boolean {
  for (const form of forms) for (const atom of term) if (atomMatches(atom, form)) return true;
  return false;
}

/** Every atom of a pattern, for building the fuzzy vocabulary. */
export function patternAtoms(pattern: Pattern): Atom[] {
  return pattern.parts.flatMap((sequence) => sequence.flatMap((term) => [...term]));
}
