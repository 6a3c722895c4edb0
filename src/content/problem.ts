/** A single content problem, always naming the file and the place inside it. */
export interface ContentProblem {
  readonly code: ProblemCode;
  readonly file: string;
  /** Step id, contact id or JSON path inside the file. */
  readonly at: string;
  readonly message: string;
}

export type ProblemCode =
  | 'yaml-syntax'
  | 'schema'
  | 'id-mismatch'
  | 'duplicate-id'
  | 'unknown-target'
  | 'unreachable-step'
  | 'non-terminating'
  | 'missing-locale-key'
  | 'missing-source'
  | 'source-not-found'
  | 'source-misplaced'
  | 'origin-unmarked'
  | 'unknown-open-item'
  | 'unknown-role'
  | 'unknown-contact'
  | 'unknown-dialog'
  | 'unknown-route'
  | 'unknown-placeholder'
  | 'phone-invalid'
  | 'hours-invalid'
  | 'duplicate-contact'
  | 'route-unmapped'
  | 'unknown-slot'
  | 'form-rule';

export function formatProblem(problem: ContentProblem): string {
  return `${problem.file} [${problem.at}] ${problem.code}: ${problem.message}`;
}
