import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findProjectRoot } from '../../config.js';
import { modelClasses } from '../model/classes.js';
import { parseLabelled } from '../model/labelled-text.js';
import { casesCorpus } from './cases.js';
import type { CorpusLine } from './corpus-line.js';
import { devCorpus } from './dev.js';
import { extendedCorpus } from './extended.js';
import { trainingCorpus } from './index.js';
import { neutralCorpus } from './neutral.js';

const root = findProjectRoot();

function source(...files: string[]): CorpusLine[] {
  return files.flatMap((file) => parseLabelled(readFileSync(join(root, file), 'utf8')).map((line): CorpusLine => [line.text, line.expect]));
}

const caseFiles = readdirSync(join(root, 'test', 'triage'))
  .filter((f) => /^triage-cases.*\.jsonl$/.test(f))
  .sort()
  .map((f) => join('test', 'triage', f));

describe('training corpus', () => {
  it.each([
    ['dev', devCorpus, [join('test', 'fixtures', 'eval', 'triage-dev.jsonl')]],
    ['cases', casesCorpus, caseFiles],
    ['extended', extendedCorpus, [join('test', 'fixtures', 'eval', 'triage-extended.jsonl')]],
  ] as const)('%s is in step with its evaluation set (else: npx tsx test/triage/generate-corpus.ts)', (_name, corpus, files) => {
    expect(corpus).toEqual(source(...files));
  });

  it('keeps the hand-written neutral texts apart from the neutral evaluation set', () => {
    const measured = new Set(source(join('test', 'triage', 'neutral-eval.jsonl')).map(([text]) => text));
    for (const [text, expected] of neutralCorpus) {
      expect(expected).toEqual(['onduidelijk']);
      expect(measured.has(text)).toBe(false);
    }
  });

  it('only uses known classes', () => {
    const known = new Set(modelClasses);
    for (const [, expect_] of trainingCorpus) for (const route of expect_) expect(known.has(route)).toBe(true);
  });
});
