import { type ContentProblem, formatProblem } from '../../content/problem.js';

/**
 * Thrown when a file of the triage lexicon (triage/lexicon/, triage/known-words.txt)
 * is missing or invalid; the message names every problem's file and entry.
 */
export class LexiconError extends Error {
  readonly code = 'TRIAGE_LEXICON_INVALID';
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    super(`invalid triage lexicon:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'LexiconError';
    this.problems = problems;
  }
}
