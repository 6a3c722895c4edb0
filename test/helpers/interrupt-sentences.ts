import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locale } from '../../src/content/types.js';
import type { TriageResult } from '../../src/engine/context.js';
import { triage } from '../../src/triage/triage.js';
import { projectRoot } from './content.js';

export interface InterruptSentence {
  readonly text: string;
  readonly kind: 'acute' | 'new-question' | 'dont-know' | 'meta' | 'chit-chat';
  /** For acute sentences: the safety route their author chose. */
  readonly route?: string;
  readonly lang: 'nl' | 'en';
}

/** The vendored independent sentences (test/fixtures/interrupts/README.md). */
export const interruptSentences: readonly InterruptSentence[] = readFileSync(join(projectRoot, 'test', 'fixtures', 'interrupts', 'interrupts.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as InterruptSentence);

const memo = new Map<string, TriageResult>();

/** The real triage, remembered per text (it is deterministic): property tests send the same sentences thousands of times. */
export function memoTriage(text: string, locale: Locale): TriageResult {
  let result = memo.get(text);
  if (!result) {
    result = triage(text, locale);
    memo.set(text, result);
  }
  return result;
}
