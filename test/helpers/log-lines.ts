import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { testLogDir } from './test-log.js';

/** What this test worker logged so far (testLogger writes one file per worker), parsed. */
export function loggedLines(): Array<Record<string, unknown>> {
  const file = join(testLogDir, `worker-${process.pid}.ndjson`);
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** Polls `probe` until it returns something truthy (no timing is asserted; the timeout only ends a hung test). */
export async function eventually<T>(probe: () => Promise<T | null | undefined | false> | T | null | undefined | false, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
