import { existsSync, readdirSync } from 'node:fs';

/** The names in `dir` matching `pattern`, sorted; none when the folder does not exist. */
export function listFiles(dir: string, pattern: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => pattern.test(name))
    .sort();
}
