/**
 * Measures the free-text triage on evaluation sets (JSON lines:
 * {"text", "expect": [acceptable route ids], "safety": bool}).
 *
 *   npm run eval:triage [file.jsonl ...]     default: test/fixtures/eval/triage-dev.jsonl
 *
 * Prints top-1 accuracy (a null route counts as 'onduidelijk'), safety recall,
 * a confusion table (expected first id x predicted) and every miss with the
 * rule scores and model probabilities behind it. The shipped model was trained
 * on these sets, so these numbers show fit, not generalisation: for that, see
 * scripts/eval-triage-cv.ts. A report, not a gate: it always exits 0 on
 * readable input.
 */
import { readFileSync } from 'node:fs';
import { analyse } from '../src/triage/analyse.js';
import { modelClasses } from '../src/triage/model/classes.js';
import { conceptsOf } from '../src/triage/model/concepts.js';
import { predictClasses } from '../src/triage/model/triage-model.js';
import { unclearRoute } from '../src/triage/routes.js';
import { shippedModel } from '../src/triage/shipped-model.js';
import { triage } from '../src/triage/triage.js';

interface EvalLine {
  readonly text: string;
  readonly expect: readonly string[];
  readonly safety: boolean;
}

interface Outcome {
  readonly line: EvalLine;
  readonly predicted: string;
  readonly candidates: readonly string[];
  readonly correct: boolean;
}

const defaultFile = 'test/fixtures/eval/triage-dev.jsonl';

function readLines(file: string): EvalLine[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as EvalLine);
}

function evaluate(line: EvalLine): Outcome {
  const result = triage(line.text, 'nl');
  const predicted = result.route ?? unclearRoute;
  return { line, predicted, candidates: result.candidates, correct: line.expect.includes(predicted) };
}

function percent(part: number, whole: number): string {
  return whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`;
}

function printSummary(file: string, outcomes: readonly Outcome[]): void {
  const correct = outcomes.filter((o) => o.correct).length;
  const safety = outcomes.filter((o) => o.line.safety);
  const safetyCorrect = safety.filter((o) => o.correct).length;
  console.log(`\n== ${file}`);
  console.log(`top-1 accuracy: ${correct}/${outcomes.length} (${percent(correct, outcomes.length)})`);
  console.log(`safety recall:  ${safetyCorrect}/${safety.length} (${percent(safetyCorrect, safety.length)})`);
}

/** Rows: the first expected id; columns: what triage predicted. Only routes that occur are shown. */
function printConfusion(outcomes: readonly Outcome[]): void {
  const expected = [...new Set(outcomes.map((o) => o.line.expect[0] ?? '?'))].sort();
  const predicted = [...new Set(outcomes.map((o) => (o.correct ? (o.line.expect[0] ?? '?') : o.predicted)))].sort();
  const short = (id: string): string => id.slice(0, 6);
  const width = Math.max(...expected.map((e) => e.length), 8);
  console.log('\nconfusion (row = expected, column = predicted; a correct alternative counts on the diagonal):');
  console.log(`${''.padEnd(width)} ${predicted.map((p) => short(p).padStart(6)).join(' ')}`);
  for (const row of expected) {
    const cells = predicted.map((column) => {
      const n = outcomes.filter((o) => (o.line.expect[0] ?? '?') === row && (o.correct ? row : o.predicted) === column).length;
      return (n === 0 ? '.' : String(n)).padStart(6);
    });
    console.log(`${row.padEnd(width)} ${cells.join(' ')}`);
  }
}

function printMisses(outcomes: readonly Outcome[]): void {
  const misses = outcomes.filter((o) => !o.correct);
  console.log(`\nmisses (${misses.length}):`);
  for (const miss of misses) {
    const analysis = analyse(miss.line.text);
    const probabilities = predictClasses(shippedModel(), miss.line.text, conceptsOf(analysis.evidence));
    const model = modelClasses
      .map((route, i) => ({ route, p: probabilities[i]! }))
      .sort((a, b) => b.p - a.p)
      .slice(0, 3)
      .map((c) => `${c.route} ${c.p.toFixed(2)}`);
    const top = [...analysis.scores]
      .filter((s) => s.score > 0)
      .sort((a, b) => b.score - a.score)
      .slice(0, 3)
      .map((s) => `${s.route} ${s.score.toFixed(1)} [${s.because.join('; ')}]`);
    console.log(`${miss.line.safety ? '! ' : '  '}${JSON.stringify(miss.line.text)}`);
    console.log(`    expected ${miss.line.expect.join('|')}, got ${miss.predicted} (candidates: ${miss.candidates.join(', ') || '-'})`);
    for (const line of top) console.log(`      ${line}`);
    console.log(`      model: ${model.join(', ')}`);
  }
}

const files = process.argv.slice(2);
for (const file of files.length > 0 ? files : [defaultFile]) {
  const outcomes = readLines(file).map(evaluate);
  printSummary(file, outcomes);
  printConfusion(outcomes);
  printMisses(outcomes);
}
