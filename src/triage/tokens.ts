import { clauseMark, normaliseText, sentenceMark } from './normalise-text.js';

export interface Token {
  /** The word as typed, normalised. */
  readonly text: string;
  /** Spellings the matcher tries: the word itself, without "ge-", typo corrections. */
  forms: string[];
  /** Sentence number; "&" patterns and role heuristics stay inside one sentence. */
  readonly sentence: number;
  /** Clause number; negation scope stops at a clause border. */
  readonly clause: number;
  /** Words that carry no meaning here, such as the "nu" in "wat nu?". */
  filler: boolean;
  /** Keys of the lexicon atoms this word matches, once the atom index has looked (see atom-index.ts). */
  atomKeys?: ReadonlySet<string>;
}

/** A contrast opens a new clause: "geen blauwe plekken, maar wel gepest". */
export const contrastWords: ReadonlySet<string> = new Set(['maar', 'echter', 'toch', 'wel', 'but', 'however', 'though', 'although', 'yet']);

export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  let sentence = 0;
  let clause = 0;
  for (const word of normaliseText(text).split(' ')) {
    if (word === '') continue;
    if (word === sentenceMark) {
      sentence++;
      clause++;
      continue;
    }
    if (word === clauseMark) {
      clause++;
      continue;
    }
    if (contrastWords.has(word)) clause++;
    tokens.push({ text: word, forms: baseForms(word), sentence, clause, filler: false });
  }
  markFillers(tokens);
  return tokens;
}

/**
 * Dutch past participles carry "ge-" (gepest, geslagen, geschopt, gewond):
 * offering the bare stem lets one pattern (pest*, schop*) cover them.
 */
function baseForms(word: string): string[] {
  if (word.length >= 6 && word.startsWith('ge')) return [word, word.slice(2)];
  return [word];
}

const questionWords: ReadonlySet<string> = new Set(['wat', 'what', 'hoe', 'how']);
const nowWords: ReadonlySet<string> = new Set(['nu', 'now']);

/**
 * "wat nu?" / "what now?" is the bot's own name and a habit of speech, not a
 * sign of present danger; the "nu" in it must not count as "right now".
 */
function markFillers(tokens: Token[]): void {
  tokens.forEach((token, i) => {
    if (!nowWords.has(token.text)) return;
    const before = tokens.slice(Math.max(0, i - 3), i).filter((t) => t.sentence === token.sentence);
    const previous = before[before.length - 1]?.text;
    if (before.some((t) => questionWords.has(t.text)) || previous === 'en' || previous === 'and') token.filler = true;
  });
}
