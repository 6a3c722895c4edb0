import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compiledTriage } from './compiled.js';
import { evidenceOf } from './analyse.js';
import { findOccurrences } from './match.js';
import type { Pattern } from './pattern.js';
import { buildPatternIndex } from './pattern-index.js';
import { tokenise } from './tokens.js';

const texts = readFileSync('test/fixtures/eval/triage-dev.jsonl', 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => (JSON.parse(line) as { text: string }).text);

/** The per-pattern check the index replaces: every part's first word has an atom among the message's keys. */
function couldMatch(pattern: Pattern, keys: ReadonlySet<string>): boolean {
  return pattern.parts.every((part) => part[0]!.some((atom) => keys.has(atom.key)));
}

describe('pattern index', () => {
  const { routes, signals, patternIndex } = compiledTriage();
  const patterns = [...routes.flatMap((route) => route.cues.map((cue) => cue.pattern)), ...[...signals.values()].flat()];

  it('keeps exactly the lexicon patterns whose every part can start in the message', () => {
    for (const text of texts) {
      const { tokens } = evidenceOf(text);
      const keys = new Set(tokens.flatMap((token) => [...token.atomKeys!]));
      const possible = patternIndex.possible(tokens)!;
      const expected = new Set(patterns.filter((pattern) => couldMatch(pattern, keys)));
      expect(possible.size, text).toBe(expected.size);
      for (const pattern of expected) expect(possible.has(pattern), `${pattern.source} in "${text}"`).toBe(true);
      expect(expected.size, text).toBeLessThan(patterns.length / 2);
    }
  });

  it('never rules out a pattern that matches', () => {
    let matched = 0;
    for (const text of texts) {
      const { tokens } = evidenceOf(text);
      const possible = patternIndex.possible(tokens)!;
      for (const pattern of patterns) {
        if (findOccurrences(pattern, tokens).length === 0) continue;
        matched++;
        expect(possible.has(pattern), `${pattern.source} in "${text}"`).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(texts.length);
  });

  it('needs every part: a two-part pattern with one part present is ruled out', () => {
    const both = patterns.find((pattern) => pattern.parts.length === 2)!;
    const index = buildPatternIndex([both]);
    const firstOnly = [...both.parts[0]![0]!.slice(0, 1)].map((atom) => atom.key);
    const token = { text: 'x', forms: ['x'], sentence: 0, clause: 0, filler: false, atomKeys: new Set(firstOnly) };
    expect(index.possible([token])!.has(both)).toBe(both.parts[1]![0]!.some((atom) => firstOnly.includes(atom.key)));
    const all = new Set([...firstOnly, both.parts[1]![0]![0]!.key]);
    expect(index.possible([{ ...token, atomKeys: all }])!.has(both)).toBe(true);
  });

  it('keeps every pattern when the words were not indexed', () => {
    expect(patternIndex.possible(tokenise('hij slaat haar'))).toBeNull();
  });
});
