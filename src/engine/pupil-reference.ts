import { isSentence } from './validators/sentence.js';

/**
 * Pupils are referred to by initials and group only. A full name typed by a
 * teacher is reduced to initials here and never stored; a sentence is not a
 * name and is refused.
 */
const particles = new Set(['de', 'den', 'der', 'van', 'von', 'te', 'ter', 'ten', 'het', "'t", 'in', 'op', 'el', 'al', 'da', 'di', 'du', 'le', 'la']);
/** Short answers that are no initials ("ok" is not O.K.). */
const answerWords = new Set(['ja', 'nee', 'ok', 'oke', 'okay', 'yes', 'no', 'top', 'hoi', 'hi', 'idk', 'nvt', 'na']);
const maxNameWords = 5;

export type InitialsResult =
  | { ok: true; initials: string; fromFullName: boolean }
  | { ok: false; reason: 'invalid' | 'sentence' };

export function toInitials(input: string): InitialsResult {
  const text = input.trim().replace(/\s+/g, ' ');
  if (text.length === 0 || text.length > 60 || /[0-9@#:/\\<>{}?!]/.test(text)) return { ok: false, reason: 'invalid' };
  const letters = text.replace(/[.\s'-]/g, '');
  if (!/^\p{L}+$/u.test(letters) || answerWords.has(text.toLowerCase().replace(/[.\s]/g, ''))) return { ok: false, reason: 'invalid' };
  const tokens = text.split(/[.\s]+/).filter(Boolean);
  const dotted = text.includes('.') && tokens.length <= 5 && tokens.every((t) => [...t].length <= 2 || particles.has(t.toLowerCase()));
  const looksLikeInitials = dotted || (!text.includes('.') && (letters.length <= 2 || (letters.length <= 4 && letters === letters.toUpperCase())));
  if (looksLikeInitials) {
    const parts = text.includes('.') ? tokens : [...letters];
    // "S.d.V.": typed with capitals, a lower-case initial is a particle's; "s.v." typed all lower case is S.V.
    const mixed = letters !== letters.toLowerCase();
    const initial = (p: string) => (mixed && [...p].length === 1 && p === p.toLowerCase() ? `${p}.` : initialOf(p));
    return { ok: true, initials: parts.map(initial).join(''), fromFullName: false };
  }
  const words = text.split(' ').filter(Boolean);
  const names = words.filter((w) => !particles.has(w.toLowerCase()));
  // A name typed with capitals has up to four parts; typed in lower case, at most two ("sanne de vries"), else it reads as words.
  const capitalised = names.every((w) => /^\p{Lu}/u.test(w));
  if (words.length > maxNameWords || names.length > (capitalised ? 4 : 2) || isSentence(text)) return { ok: false, reason: 'sentence' };
  return { ok: true, initials: words.map(initialOf).join(''), fromFullName: true };
}

function initialOf(word: string): string {
  const first = [...word.replace(/^'/, '')][0] ?? '';
  return particles.has(word.toLowerCase()) ? `${first.toLowerCase()}.` : `${first.toUpperCase()}.`;
}

const groupPattern = '([1-8])(?:\\s*[/-]\\s*([1-8]))?\\s*([a-d])?';

/** "6", "groep 6b", "1/2", "group 7" → "6", "6b", "1/2", "7". */
export function toGroup(input: string): string | null {
  const match = input
    .trim()
    .toLowerCase()
    .match(new RegExp(`^(?:groep|group|gr\\.?|klas)?\\s*${groupPattern}\\.?$`));
  return match ? groupOf(match[1]!, match[2], match[3]) : null;
}

function groupOf(first: string, second: string | undefined, letter: string | undefined): string | null {
  if (second && Number(second) !== Number(first) + 1) return null;
  return `${first}${second ? `/${second}` : ''}${letter ?? ''}`;
}

/**
 * A group inside a longer message ("S.V. groep 5", "S.V., gr5", "S.V. 5"):
 * the group word and number anywhere, or a bare number at the end.
 */
export function findGroup(text: string): { value: string; start: number; end: number } | null {
  const lower = text.toLowerCase();
  const tagged = new RegExp(`(^|[\\s,;(])(?:groep|group|gr\\.?|klas)\\s*${groupPattern}(?=$|[\\s,;.!?)])`).exec(lower);
  const bare = new RegExp(`(^|[\\s,;])${groupPattern}\\s*[.!]?$`).exec(lower);
  const match = tagged ?? bare;
  if (!match) return null;
  const value = groupOf(match[2]!, match[3], match[4]);
  const start = match.index + match[1]!.length;
  return value ? { value, start, end: match.index + match[0].length } : null;
}
