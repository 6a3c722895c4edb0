/** Marks a word that had to be cut because it alone is longer than a block may hold. */
export const cutMark = '…';

/**
 * Splits a text into pieces of at most `max` (as measured by `measure`, for
 * example the escaped length), preferring paragraph breaks, then line breaks,
 * then sentence ends, then spaces. Nothing is dropped: a single word longer
 * than `max` is the only thing ever cut inside, and the cut is marked with
 * "…" at the end of one piece and the start of the next.
 */
export function splitText(text: string, max: number, measure: (s: string) => number = (s) => s.length): string[] {
  if (max < 10) throw new Error('splitText: max must be at least 10');
  const pieces: string[] = [];
  let rest = text;
  while (measure(rest) > max) {
    const limit = fittingPrefix(rest, max - cutMark.length, measure);
    const cut = boundary(rest, limit);
    if (cut > 0) {
      pieces.push(rest.slice(0, cut).trimEnd());
      rest = rest.slice(cut).replace(/^\s+/, '');
    } else {
      const at = safeIndex(rest, limit);
      pieces.push(rest.slice(0, at) + cutMark);
      rest = cutMark + rest.slice(at);
    }
  }
  pieces.push(rest);
  const filled = pieces.filter((piece) => piece.trim().length > 0);
  return filled.length > 0 ? filled : [text];
}

/** The longest prefix length whose measure stays within `max`. */
function fittingPrefix(text: string, max: number, measure: (s: string) => number): number {
  let low = 0;
  let high = Math.min(text.length, max * 5);
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(text.slice(0, mid)) <= max) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Best place to cut at or before `limit` (the end of the first piece); 0 when there is no break. */
function boundary(text: string, limit: number): number {
  const window = text.slice(0, limit + 1);
  const atLeast = Math.floor(limit / 2);
  const candidates = [
    lastIndex(window, /\n[^\S\n]*\n/g, 0),
    lastIndex(window, /\n/g, 0),
    lastIndex(window, /[.!?;:](?=\s)/g, 1),
  ];
  for (const at of candidates) if (at >= atLeast && at <= limit) return at;
  const space = lastIndex(window, /\s/g, 0);
  return space > 0 && space <= limit ? space : 0;
}

/** Index of the last match (plus `offset`), or -1. */
function lastIndex(text: string, pattern: RegExp, offset: number): number {
  let at = -1;
  for (const match of text.matchAll(pattern)) at = (match.index ?? 0) + offset;
  return at;
}

/** Never cut between the two halves of a surrogate pair. */
function safeIndex(text: string, at: number): number {
  const code = text.charCodeAt(at);
  return code >= 0xdc00 && code <= 0xdfff ? at - 1 : at;
}
