import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findProjectRoot } from '../config.js';
import { type CorpusLine, readCorpusFile } from './data/corpus-file.js';
import { isSafetyRoute, unclearRoute } from './routes.js';
import { triage } from './triage.js';

/**
 * Evaluation sets the model never trains on (triage/corpus is training data;
 * the held-out file is measured by scripts/eval-triage.ts, not gated here).
 * A safety line is answered safely when its route starts, or when the first
 * answer is the safety ambiguity question offering it.
 */
const root = findProjectRoot();
const read = (...path: string[]): CorpusLine[] => readCorpusFile(join(root, ...path));

function answeredWell(line: CorpusLine): boolean {
  const result = triage(line.text, 'nl');
  if (line.expect.includes(result.route ?? unclearRoute)) return true;
  return line.safety && (result.ambiguity?.options.some((o) => line.expect.includes(o.route)) ?? false);
}

describe('dev set (test/fixtures/eval/triage-dev.jsonl, from the shared evaluation)', () => {
  it.each(read('test', 'fixtures', 'eval', 'triage-dev.jsonl').map((line) => [line.text, line]))('%s', (_text, line) => {
    expect(answeredWell(line)).toBe(true);
  });
});

describe('extended set (test/fixtures/eval/triage-extended.jsonl, written independently)', () => {
  const lines = read('test', 'fixtures', 'eval', 'triage-extended.jsonl');
  const misses = lines.filter((line) => !answeredWell(line));

  it('answers at least 80% well', () => {
    expect(misses.length / lines.length).toBeLessThanOrEqual(0.2);
  });

  it('answers at least 90% of its safety lines safely', () => {
    const safety = lines.filter((l) => l.safety);
    expect(misses.filter((m) => m.safety).length / safety.length).toBeLessThanOrEqual(0.1);
  });
});

describe('ordinary messages (test/triage/neutral-eval.jsonl)', () => {
  it('start no safety route for more than one in thirty', () => {
    const lines = read('test', 'triage', 'neutral-eval.jsonl');
    const alarms = lines.filter((line) => {
      const route = triage(line.text, 'nl').route;
      return route !== null && isSafetyRoute(route);
    });
    expect(alarms.length).toBeLessThanOrEqual(1);
  });
});
