import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findProjectRoot } from '../../config.js';
import { CorpusFileError, readCorpusFile } from './corpus-file.js';
import { agreement, readReaderLines } from './reader-agreement.js';
import { readCorpusDir } from './training-lines.js';
import { triagePaths } from './triage-paths.js';

const paths = triagePaths(findProjectRoot());
const normal = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ').trim();

describe('agreement between two labellings', () => {
  it('counts the first route of the one against the route set of the other, as eval:triage counts the model', () => {
    const writer = [['disclosure'], ['acuut', 'disclosure'], ['pesten'], ['onduidelijk'], ['meldcode']];
    const reader = [['disclosure'], ['disclosure'], ['grensoverschrijdend'], ['vermissing'], ['meldcode', 'acuut']];
    expect(agreement(reader, writer)).toEqual({ lines: 5, top1: 3, safety: 2, recall: 2, ordinary: 3, falseAlarms: 1 });
  });

  it('misses a safety line whose first route is another safety route', () => {
    expect(agreement([['acuut']], [['misbruik-door-personeel']])).toMatchObject({ safety: 1, recall: 0, top1: 0 });
  });

  it('refuses labellings of different lengths', () => {
    expect(() => agreement([['pesten']], [])).toThrow(/1 against 0/);
  });
});

describe('the blind readers file (triage/agreement/readers.jsonl)', () => {
  const lines = readReaderLines(paths.readerAgreement);

  it('holds training lines with their writers\' labels, never a held-out line', () => {
    expect(lines.length).toBeGreaterThanOrEqual(300);
    const heldout = new Set(readCorpusDir(paths.heldoutDir).map((l) => normal(l.text)));
    expect(lines.filter((l) => heldout.has(normal(l.text))).map((l) => l.text)).toEqual([]);
    const byFile = new Map<string, Map<string, readonly string[]>>();
    for (const line of lines) {
      if (!byFile.has(line.file)) byFile.set(line.file, new Map(readCorpusFile(join(paths.corpusDir, line.file)).map((c) => [c.text, c.expect])));
      expect(byFile.get(line.file)!.get(line.text), `${line.file}: ${line.text.slice(0, 60)}`).toEqual(line.writer);
    }
  });

  it('has the same readers on every line', () => {
    const readers = new Set(lines.map((l) => Object.keys(l.readers).sort().join(',')));
    expect([...readers]).toHaveLength(1);
    expect([...readers][0]!.split(',').length).toBeGreaterThanOrEqual(2);
  });

  it('names file and line of a bad line', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'watnu-readers-')), 'readers.jsonl');
    writeFileSync(file, `${JSON.stringify({ text: 'x', lang: 'nl', file: 'w1.jsonl', writer: ['pesten'], readers: { a: ['pesten'] } })}\n{"text":"y","lang":"nl","file":"w1.jsonl","writer":["geen-route"],"readers":{"a":["pesten"]}}\n`);
    expect(() => readReaderLines(file)).toThrow(CorpusFileError);
    expect(() => readReaderLines(file)).toThrow(/readers\.jsonl:2: writer\.0/);
  });
});
