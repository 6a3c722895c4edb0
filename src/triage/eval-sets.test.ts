import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findProjectRoot } from '../config.js';
import { unclearRoute } from './routes.js';
import { triage } from './triage.js';

interface EvalLine {
  readonly text: string;
  readonly expect: readonly string[];
  readonly safety: boolean;
}

const root = findProjectRoot();

function readSet(...path: string[]): EvalLine[] {
  return readFileSync(join(root, ...path), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as EvalLine);
}

function predicted(line: EvalLine): string {
  return triage(line.text, 'nl').route ?? unclearRoute;
}

describe('dev set (test/fixtures/eval/triage-dev.jsonl)', () => {
  it.each(readSet('test', 'fixtures', 'eval', 'triage-dev.jsonl').map((line) => [line.text, line]))('%s', (_text, line) => {
    expect(line.expect).toContain(predicted(line));
  });
});

// Our own utterances, written independently of the dev set. Held to the
// project's bar as a whole rather than line by line, so that one lexicon
// change is judged by what it does across all of them.
describe.each(['triage-cases.jsonl', 'triage-cases-2.jsonl', 'triage-cases-3.jsonl', 'triage-cases-4.jsonl', 'triage-cases-5.jsonl', 'triage-cases-6.jsonl', 'triage-cases-7.jsonl'])('test/triage/%s', (file) => {
  const lines = readSet('test', 'triage', file);
  const misses = lines.filter((line) => !line.expect.includes(predicted(line)));

  it('reaches 95% top-1', () => {
    expect(misses.map((m) => m.text).length / lines.length).toBeLessThanOrEqual(0.05);
  });

  it('gets every safety line right', () => {
    expect(misses.filter((m) => m.safety).map((m) => m.text)).toEqual([]);
  });
});
