/** A labelled training text: the text and every acceptable class (route id or 'onduidelijk'), preferred first. */
export type CorpusLine = readonly [text: string, expect: readonly string[]];
