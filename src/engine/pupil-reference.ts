/**
 * Pupils are referred to by initials and group only. A full name typed by a
 * teacher is reduced to initials here and never stored.
 */
const particles = new Set(['de', 'den', 'der', 'van', 'von', 'te', 'ter', 'ten', 'het', "'t", 'in', 'op', 'el', 'al', 'da', 'di', 'du', 'le', 'la']);

export type InitialsResult =
  | { ok: true; initials: string; fromFullName: boolean }
  | { ok: false };

export function toInitials(input: string): InitialsResult {
  const text = input.trim().replace(/\s+/g, ' ');
  if (text.length === 0 || text.length > 60 || /[0-9@#:/\\<>{}]/.test(text)) return { ok: false };
  const letters = text.replace(/[.\s'-]/g, '');
  if (!/^\p{L}+$/u.test(letters)) return { ok: false };
  const looksLikeInitials =
    text.includes('.') ? letters.length <= 6 : letters.length <= 2 || (letters.length <= 4 && letters === letters.toUpperCase());
  if (looksLikeInitials) {
    const parts = text.includes('.') ? text.split(/[.\s]+/).filter(Boolean) : [...letters];
    return { ok: true, initials: parts.map(initialOf).join(''), fromFullName: false };
  }
  const words = text.split(/[\s]+/).filter(Boolean);
  return { ok: true, initials: words.map(initialOf).join(''), fromFullName: true };
}

function initialOf(word: string): string {
  const first = [...word.replace(/^'/, '')][0] ?? '';
  return particles.has(word.toLowerCase()) ? `${first.toLowerCase()}.` : `${first.toUpperCase()}.`;
}

/** "6", "groep 6b", "1/2", "group 7" → "6", "6b", "1/2", "7". */
export function toGroup(input: string): string | null {
  const match = input
    .trim()
    .toLowerCase()
    .match(/^(?:groep|group|gr\.?|klas)?\s*([1-8])(?:\s*[/-]\s*([1-8]))?\s*([a-d])?$/);
  if (!match) return null;
  const [, first, second, letter] = match;
  if (second && Number(second) !== Number(first) + 1) return null;
  return `${first}${second ? `/${second}` : ''}${letter ?? ''}`;
}
