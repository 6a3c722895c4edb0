/**
 * What was worked out for a word, per owner (a lexicon, a model's feature
 * index), remembered up to a bound: staff reuse their words, and a word's
 * columns, spellings and lexicon atoms depend on the word and its owner
 * alone. When full it starts again (no eviction bookkeeping per message).
 * In memory only, never logged or stored.
 */
export class WordMemo<V> {
  private readonly byOwner = new WeakMap<object, Map<string, V>>();

  constructor(private readonly limit: number) {}

  get(owner: object, word: string): V | undefined {
    return this.byOwner.get(owner)?.get(word);
  }

  set(owner: object, word: string, value: V): void {
    let words = this.byOwner.get(owner);
    if (!words) {
      words = new Map();
      this.byOwner.set(owner, words);
    }
    if (words.size >= this.limit) words.clear();
    words.set(word, value);
  }
}
