/**
 * Measures the triage on corpus files (JSON lines, see triage/corpus/GUIDE.md).
 *
 *   npm run eval:triage                  shipped model: training files (fit) and the held-out file, separately
 *   npm run eval:triage -- FILE...       shipped model on other files
 *   npm run eval:triage -- --cross       for every writer's file (w*): train on all the others, measure it; for choosing settings
 *   npm run eval:triage -- --cross --shard K/N   only every N-th writer from the K-th (run N of them side by side, one per core)
 *   npm run eval:triage -- --split K/N   every N-th writer from the K-th held out together: one model trained on the rest, in minutes where --cross takes hours
 *   npm run eval:triage -- --fresh FILE… train on the corpus as it is now (this code's settings, not model.json), measure the files: a new writer's file before it joins the corpus
 *   npm run eval:triage -- --agreement   blind readers against the writers (triage/agreement/readers.jsonl): how far careful people agree, counted as the model is
 *
 * Reports top-1 accuracy (a question counts as 'onduidelijk'), safety recall,
 * false alarms (a safety route for a message that needs none), how often the
 * first answer was the safety ambiguity question, and "safe first answer" (the
 * right safety route, or an ambiguity question offering it). Never tune on the
 * held-out numbers. A report, not a gate: exits 0 on readable input.
 */
import { basename } from 'node:path';
import { findProjectRoot } from '../src/config.js';
import type { TriageResult } from '../src/engine/context.js';
import { type CorpusLine, readCorpusFile } from '../src/triage/data/corpus-file.js';
import { agreement, readReaderLines } from '../src/triage/data/reader-agreement.js';
import { readCorpusDir, toTrainingLines } from '../src/triage/data/training-lines.js';
import { jsonlFiles, triagePaths } from '../src/triage/data/triage-paths.js';
import { type StackedModel, trainStackedModel } from '../src/triage/model/stacked-model.js';
import { isSafetyRoute, unclearRoute } from '../src/triage/routes.js';
import { shippedModel } from '../src/triage/shipped-model.js';
import { triageWith } from '../src/triage/triage.js';

interface Outcome {
  readonly line: CorpusLine;
  readonly result: TriageResult;
  readonly predicted: string;
  readonly correct: boolean;
}

const root = findProjectRoot();
const paths = triagePaths(root);
const args = process.argv.slice(2);
const verbose = args.includes('--misses');

function run(model: StackedModel, lines: readonly CorpusLine[]): Outcome[] {
  return lines.map((line) => {
    const result = triageWith(model, line.text);
    const predicted = result.route ?? unclearRoute;
    return { line, result, predicted, correct: line.expect.includes(predicted) };
  });
}

const percent = (part: number, whole: number): string => (whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`);

function report(label: string, outcomes: readonly Outcome[]): void {
  const safety = outcomes.filter((o) => o.line.safety);
  const ordinary = outcomes.filter((o) => !o.line.safety);
  const english = outcomes.filter((o) => o.line.lang === 'en');
  const correct = outcomes.filter((o) => o.correct).length;
  const recall = safety.filter((o) => o.correct).length;
  const safeFirst = safety.filter((o) => o.correct || o.result.ambiguity?.options.some((option) => o.line.expect.includes(option.route))).length;
  const falseAlarms = ordinary.filter((o) => isSafetyRoute(o.predicted) && !o.line.expect.includes(o.predicted)).length;
  const asked = outcomes.filter((o) => o.result.ambiguity).length;
  console.log(`\n== ${label} (${outcomes.length} lines, ${safety.length} safety, ${english.length} English)`);
  console.log(`top-1 accuracy     ${correct}/${outcomes.length} ${percent(correct, outcomes.length)}`);
  console.log(`safety recall      ${recall}/${safety.length} ${percent(recall, safety.length)}`);
  console.log(`safe first answer  ${safeFirst}/${safety.length} ${percent(safeFirst, safety.length)}  (right safety route, or the ambiguity question offering it)`);
  console.log(`false alarms       ${falseAlarms}/${ordinary.length} ${percent(falseAlarms, ordinary.length)}`);
  console.log(`ambiguity asked    ${asked}/${outcomes.length} ${percent(asked, outcomes.length)}`);
  console.log(`English top-1      ${percent(english.filter((o) => o.correct).length, english.length)}`);
  console.log(`facets             ${facetAgreement(outcomes)}  (the model's likeliest value = the writer's label)`);
  if (verbose) {
    for (const o of outcomes.filter((x) => !x.correct)) {
      console.log(`  - expected ${o.line.expect.join('|')}, got ${o.predicted}${o.result.ambiguity ? ` (asks ${o.result.ambiguity.facet})` : ''}: ${o.line.text.slice(0, 140)}`);
    }
  }
}

/** Per facet, how often the model's likeliest value is the one the writer labelled (lines that label it). */
function facetAgreement(outcomes: readonly Outcome[]): string {
  const names = [...new Set(outcomes.flatMap((o) => Object.keys(o.line.facets ?? {})))];
  return names
    .map((name) => {
      const labelled = outcomes.filter((o) => o.line.facets?.[name] !== undefined);
      return `${name} ${percent(labelled.filter((o) => o.result.facets?.[name] === o.line.facets?.[name]).length, labelled.length)}`;
    })
    .join('  ');
}

if (args.includes('--agreement')) {
  const lines = readReaderLines(paths.readerAgreement);
  const readers = Object.keys(lines[0]?.readers ?? {});
  const writers = lines.map((l) => l.writer);
  const labelsOf = (reader: string) => lines.map((l) => l.readers[reader] ?? []);
  const model = shippedModel(root);
  const modelLabels = lines.map((l) => [triageWith(model, l.text).route ?? unclearRoute]);
  console.log(`\n== ${lines.length} corpus lines labelled again by ${readers.length} blind readers (${basename(paths.readerAgreement)})`);
  const row = (label: string, a: ReturnType<typeof agreement>) =>
    console.log(`${label.padEnd(38)} top-1 ${percent(a.top1, a.lines).padStart(6)}  safety recall ${percent(a.recall, a.safety).padStart(6)} (${a.recall}/${a.safety})  false alarms ${percent(a.falseAlarms, a.ordinary).padStart(5)} (${a.falseAlarms}/${a.ordinary})`);
  for (const reader of readers) row(`reader ${reader} against the writers`, agreement(labelsOf(reader), writers));
  for (const reader of readers) for (const other of readers) if (reader < other) row(`reader ${reader} against reader ${other}`, agreement(labelsOf(reader), labelsOf(other)));
  row('shipped model (fit: trained on these)', agreement(modelLabels, writers));
} else if (args.includes('--split')) {
  const split = shardOf(args, '--split')!;
  const files = jsonlFiles(paths.corpusDir);
  const held = files.filter((f) => /^w\d/.test(basename(f))).filter((_, i) => i % split.of === split.index - 1);
  const model = trainStackedModel(toTrainingLines(files.filter((f) => !held.includes(f)).flatMap((f) => readCorpusFile(f))));
  report(`writers ${held.map((f) => basename(f)).join(', ')}, held out together (one model trained on the rest)`, run(model, held.flatMap((f) => readCorpusFile(f))));
} else if (args.includes('--cross')) {
  const files = jsonlFiles(paths.corpusDir);
  const allWriters = files.filter((f) => /^w\d/.test(basename(f)));
  const shard = shardOf(args);
  const writers = shard ? allWriters.filter((_, i) => i % shard.of === shard.index - 1) : allWriters;
  const others = files.filter((f) => !writers.includes(f)).flatMap((f) => readCorpusFile(f));
  const all: Outcome[] = [];
  for (const held of writers) {
    const train = [...allWriters.filter((f) => f !== held).flatMap((f) => readCorpusFile(f)), ...others];
    const model = trainStackedModel(toTrainingLines(train));
    const outcomes = run(model, readCorpusFile(held));
    report(`train on the others, measure ${basename(held)}`, outcomes);
    all.push(...outcomes);
  }
  report(shard ? `cross-corpus, writers of shard ${shard.index}/${shard.of}` : 'cross-corpus, all writers', all);
} else if (args.includes('--fresh')) {
  const model = trainStackedModel(toTrainingLines(readCorpusDir(paths.corpusDir)));
  for (const file of args.filter((a) => !a.startsWith('--'))) report(`${file} (model trained now on the corpus)`, run(model, readCorpusFile(file)));
} else {
  const model = shippedModel(root);
  const files = args.filter((a) => !a.startsWith('--'));
  if (files.length > 0) {
    for (const file of files) report(file, run(model, readCorpusFile(file)));
  } else {
    report('training files (fit, not accuracy)', run(model, readCorpusDir(paths.corpusDir)));
    const heldout = jsonlFiles(paths.heldoutDir);
    if (heldout.length > 1) for (const file of heldout) report(`held-out ${basename(file)}`, run(model, readCorpusFile(file)));
    report('held-out, all files (never trained or tuned on)', run(model, readCorpusDir(paths.heldoutDir)));
  }
}

/** `--shard K/N` (or another flag's K/N, 1 ≤ K ≤ N), or undefined. */
function shardOf(argv: readonly string[], flag = '--shard'): { index: number; of: number } | undefined {
  const at = argv.indexOf(flag);
  if (at < 0) return undefined;
  const match = argv[at + 1]?.match(/^(\d+)\/(\d+)$/);
  const index = Number(match?.[1]);
  const of = Number(match?.[2]);
  if (!match || index < 1 || index > of) throw new Error(`${flag} needs K/N with 1 <= K <= N, got ${argv[at + 1]}`);
  return { index, of };
}
