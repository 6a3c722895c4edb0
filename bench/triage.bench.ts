/**
 * Times the free-text triage: the dev set plus a few thousand synthetic variants
 * (typos, lower case, no punctuation, "wat nu?" around it) of every evaluation
 * line we have, so that typo correction is exercised on words it has not seen.
 *
 *   npm run bench:triage
 *
 * Prints microseconds per utterance (mean, p50, p99, max) and writes
 * bench/results/triage.json. The lexicon (triage/lexicon/, triage/known-words.txt)
 * and the model (triage/model.json) are read once per process; those one-off
 * costs (lexiconLoadMs and modelLoadMs, the triage part of boot) are timed
 * separately and kept out of the per-utterance numbers. Two views: every call as it happened, and per
 * utterance the fastest of a few repeats, which removes scheduler noise on a
 * busy machine (the load average is recorded next to the numbers).
 * A measurement, never a test: no thresholds here.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { jsonlFiles } from '../src/triage/data/triage-paths.js';
import { compiledTriage } from '../src/triage/compiled.js';
import { seededRandom } from '../src/triage/model/seeded-random.js';
import { shippedModel } from '../src/triage/shipped-model.js';
import { triage } from '../src/triage/triage.js';

const evalFiles = [
  'test/fixtures/eval/triage-dev.jsonl',
  'test/fixtures/eval/triage-extended.jsonl',
  ...jsonlFiles('triage/corpus'),
];
const variantsWanted = 4000;
const warmupRounds = 3;
const repeats = 5;

function readTexts(file: string): string[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { text: string }).text);
}

function swapLetters(word: string, next: () => number): string {
  if (word.length < 5) return word;
  const i = 1 + Math.floor(next() * (word.length - 2));
  return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
}

function dropLetter(word: string, next: () => number): string {
  if (word.length < 6) return word;
  const i = 1 + Math.floor(next() * (word.length - 1));
  return word.slice(0, i) + word.slice(i + 1);
}

function mutate(text: string, next: () => number): string {
  const words = text.split(' ').map((word) => {
    const roll = next();
    if (roll < 0.08) return swapLetters(word, next);
    if (roll < 0.14) return dropLetter(word, next);
    return word;
  });
  let variant = words.join(' ');
  if (next() < 0.3) variant = variant.toLowerCase();
  if (next() < 0.3) variant = variant.replace(/[.,!?]/g, '');
  if (next() < 0.2) variant = `wat nu? ${variant}`;
  if (next() < 0.2) variant = `${variant} wat moet ik doen?`;
  return variant;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function timeOnce(text: string): number {
  const start = process.hrtime.bigint();
  triage(text, 'nl');
  return Number(process.hrtime.bigint() - start) / 1000;
}

function timeEach(texts: readonly string[]): number[] {
  return texts.map(timeOnce);
}

/** Per utterance the fastest of `repeats` calls. */
function timeBestOf(texts: readonly string[]): number[] {
  return texts.map((text) => Math.min(...Array.from({ length: repeats }, () => timeOnce(text))));
}

function summary(micros: readonly number[]): { count: number; meanUs: number; p50Us: number; p99Us: number; maxUs: number } {
  const sorted = [...micros].sort((a, b) => a - b);
  const round = (n: number): number => Math.round(n * 10) / 10;
  return {
    count: sorted.length,
    meanUs: round(sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length)),
    p50Us: round(percentile(sorted, 50)),
    p99Us: round(percentile(sorted, 99)),
    maxUs: round(sorted[sorted.length - 1] ?? 0),
  };
}

const dev = readTexts(evalFiles[0]!);
const base = evalFiles.flatMap(readTexts);
const next = seededRandom(20_240_601);
const variants = Array.from({ length: variantsWanted }, (_, i) => mutate(base[i % base.length]!, next));

const msSince = (start: bigint): number => Math.round(Number(process.hrtime.bigint() - start) / 1e6);
const lexiconStart = process.hrtime.bigint();
compiledTriage();
const lexiconLoadMs = msSince(lexiconStart);
const modelStart = process.hrtime.bigint();
shippedModel();
const modelLoadMs = msSince(modelStart);

// The first variant pass meets each typo for the first time (cold typo cache, cold JIT).
const variantsFirstPass = summary(timeEach(variants));
for (let round = 0; round < warmupRounds; round++) timeEach([...dev, ...base]);
const views = {
  dev: summary(timeEach(dev)),
  devBestOf5: summary(timeBestOf(dev)),
  variantsFirstPass,
  variants: summary(timeEach(variants)),
  variantsBestOf5: summary(timeBestOf(variants)),
};

const result = { measuredAt: new Date().toISOString(), node: process.version, loadAverage1m: loadavg()[0], lexiconLoadMs, modelLoadMs, ...views };

console.log(`once per process (boot): lexicon read, validated and compiled ${lexiconLoadMs} ms, model load ${modelLoadMs} ms`);
console.log(`triage µs per utterance (load average ${loadavg()[0]!.toFixed(1)})`);
for (const [name, s] of Object.entries(views)) {
  console.log(`  ${name.padEnd(18)} n=${String(s.count).padStart(5)}  mean ${s.meanUs}  p50 ${s.p50Us}  p99 ${s.p99Us}  max ${s.maxUs}`);
}

const dir = join('bench', 'results');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'triage.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log(`wrote ${join(dir, 'triage.json')}`);
