/** Lower case, accents removed, punctuation to spaces, whitespace collapsed. */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2019\u2018`\u00b4]/g, "'")
    .replace(/[^a-z0-9'/+\s-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
