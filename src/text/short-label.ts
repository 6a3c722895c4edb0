/**
 * Short labels from protocol text: the first sentence or line, cut at a word
 * boundary when it is still too long (never in the middle of a word).
 */
export function firstSentence(text: string): string {
  const line = (text.split('\n')[0] ?? text).trim();
  const sentence = line.match(/^.+?[.!?](?=\s|$)/)?.[0] ?? line;
  return sentence.replace(/[:;,]\s*$/, '').trim();
}

export function shortLabel(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  const words = (space > max / 3 ? cut.slice(0, space) : cut).replace(/[\s,;:.\u2014\u2013-]+$/, '');
  return `${words}…`;
}
