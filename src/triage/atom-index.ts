import { type Atom, type AtomKind, atomKey } from './pattern.js';

/**
 * Which lexicon atoms a word matches, found by hash lookups instead of trying
 * every pattern: a word's prefixes are looked up among the prefix atoms, its
 * suffixes among the suffix atoms, its substrings among the infix atoms.
 */
export interface AtomIndex {
  keysOf(forms: readonly string[]): ReadonlySet<string>;
}

export function buildAtomIndex(atoms: readonly Atom[]): AtomIndex {
  const texts: Record<AtomKind, Set<string>> = { exact: new Set(), prefix: new Set(), suffix: new Set(), infix: new Set() };
  for (const atom of atoms) texts[atom.kind].add(atom.text);
  const infixLengths = [...new Set([...texts.infix].map((t) => t.length))];
  return {
    keysOf(forms) {
      const keys = new Set<string>();
      for (const form of forms) {
        if (texts.exact.has(form)) keys.add(atomKey('exact', form));
        for (let k = 1; k <= form.length; k++) {
          const head = form.slice(0, k);
          const tail = form.slice(form.length - k);
          if (texts.prefix.has(head)) keys.add(atomKey('prefix', head));
          if (texts.suffix.has(tail)) keys.add(atomKey('suffix', tail));
        }
        for (const length of infixLengths) {
          for (let i = 0; i + length <= form.length; i++) {
            const part = form.slice(i, i + length);
            if (texts.infix.has(part)) keys.add(atomKey('infix', part));
          }
        }
      }
      return keys;
    },
  };
}
