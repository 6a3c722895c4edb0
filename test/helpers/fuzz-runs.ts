/**
 * How many cases a property test runs: its own default in CI, FUZZ_RUNS when
 * set (e.g. FUZZ_RUNS=2500 to shake out a latent counterexample locally).
 */
export function fuzzRuns(defaultRuns: number): number {
  const set = process.env.FUZZ_RUNS;
  if (set === undefined || set === '') return defaultRuns;
  const runs = Number(set);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`FUZZ_RUNS must be a positive whole number, not ${JSON.stringify(set)}`);
  return runs;
}
