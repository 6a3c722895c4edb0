import { type ContentProblem, formatProblem } from '../../content/problem.js';
import { WatnuError } from '../../errors.js';

/**
 * Thrown when a file of the triage lexicon (triage/lexicon/, triage/known-words.txt)
 * is missing or invalid; the message names every problem's file and entry, and
 * WatNu does not start (like invalid content).
 */
export class LexiconError extends WatnuError {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    const lines = problems.map(formatProblem);
    super('TRIAGE_LEXICON_INVALID', `invalid triage lexicon: ${problems.length} problem(s):\n${lines.join('\n')}`, lines);
    this.name = 'LexiconError';
    this.problems = problems;
  }
}
