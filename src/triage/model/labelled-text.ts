/** One labelled utterance, as in the evaluation sets: every acceptable route id, first the preferred one. */
export interface LabelledText {
  readonly text: string;
  readonly expect: readonly string[];
  readonly safety: boolean;
}

/** Parses JSON lines ({"text", "expect", "safety"}); blank lines are skipped. */
export function parseLabelled(jsonLines: string): LabelledText[] {
  return jsonLines
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LabelledText);
}
