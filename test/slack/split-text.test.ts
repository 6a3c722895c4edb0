import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapedLength } from '../../src/channels/slack/mrkdwn.js';
import { cutMark, splitText } from '../../src/channels/slack/split-text.js';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const joined = (pieces: string[]) => squash(pieces.map((p, i) => (i > 0 && p.startsWith(cutMark) && pieces[i - 1]!.endsWith(cutMark) ? p.slice(1) : p)).join(' ').replace(new RegExp(`${cutMark} `, 'g'), ''));

describe('splitText', () => {
  it('leaves a short text alone', () => {
    expect(splitText('Bel 112.', 3000)).toEqual(['Bel 112.']);
  });

  it('prefers a paragraph break, then a line break, then a sentence end, then a space', () => {
    const para = `${'a'.repeat(60)}\n\n${'b'.repeat(30)}`;
    expect(splitText(para, 80)).toEqual(['a'.repeat(60), 'b'.repeat(30)]);
    const line = `${'a '.repeat(30)}\n${'b'.repeat(30)}`;
    expect(splitText(line, 70)).toEqual(['a '.repeat(30).trim(), 'b'.repeat(30)]);
    const sentence = `${'woord '.repeat(8)}einde. ${'meer '.repeat(10)}`;
    expect(splitText(sentence, 60)[0]).toMatch(/einde\.$/);
    const words = 'een twee drie vier vijf zes zeven acht negen tien elf twaalf';
    for (const piece of splitText(words, 20)) expect(words).toContain(piece);
  });

  it('cuts a single over-long word only with a visible "…" on both sides', () => {
    const pieces = splitText('x'.repeat(25), 10);
    expect(pieces.every((p) => p.length <= 10)).toBe(true);
    expect(pieces[0]!.endsWith(cutMark)).toBe(true);
    expect(pieces[1]!.startsWith(cutMark)).toBe(true);
    expect(pieces.join('').replaceAll(cutMark, '')).toBe('x'.repeat(25));
  });

  it('measures with the escaped length, so "&" and "<" never push a section over the limit', () => {
    const text = '& < > '.repeat(200);
    for (const piece of splitText(text, 100, escapedLength)) expect(escapedLength(piece)).toBeLessThanOrEqual(100);
  });

  it('property: every piece fits, nothing is lost, and words are only cut with notice', () => {
    const word = fc.stringMatching(/^[a-zé&<>.,]{1,30}$/);
    const sep = fc.constantFrom(' ', '\n', '\n\n', '. ');
    const text = fc.array(fc.tuple(word, sep), { minLength: 1, maxLength: 200 }).map((parts) => parts.map(([w, s]) => w + s).join(''));
    fc.assert(
      fc.property(text, fc.integer({ min: 10, max: 400 }), (t, max) => {
        const pieces = splitText(t, max, escapedLength);
        for (const piece of pieces) expect(escapedLength(piece)).toBeLessThanOrEqual(max);
        expect(joined(pieces)).toBe(squash(t));
        for (let i = 0; i + 1 < pieces.length; i++) {
          const cutInWord = pieces[i]!.endsWith(cutMark) && pieces[i + 1]!.startsWith(cutMark);
          const own = i > 0 && pieces[i - 1]!.endsWith(cutMark) ? pieces[i]!.slice(cutMark.length) : pieces[i]!;
          if (!cutInWord) expect(t).toMatch(new RegExp(`${escapeRe(own)}\\s`));
        }
      }),
      { numRuns: 300 },
    );
  });
});

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
