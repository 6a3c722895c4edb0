import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from './content.js';

/** A copy of schools/ whose school.yaml files list the given `users` (YAML lines), removed by `dispose`. */
export function schoolsWithUsers(users: Record<string, string[]>): { dir: string; dispose(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'watnu-schools-'));
  cpSync(join(projectRoot, 'schools'), dir, { recursive: true });
  for (const [schoolId, lines] of Object.entries(users)) {
    appendFileSync(join(dir, schoolId, 'school.yaml'), `\nusers:\n${lines.map((line) => `  - ${line}`).join('\n')}\n`);
  }
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}
