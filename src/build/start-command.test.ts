import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startCommand } from './start-command.js';

const dirs: string[] = [];
function withStart(start: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'watnu-start-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ scripts: { start } }));
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('startCommand', () => {
  it("reads npm start's node flags and entry", () => {
    expect(startCommand(withStart('node --max-semi-space-size=8 --liftoff-only dist/src/bundle/main.js'))).toEqual({
      nodeFlags: ['--max-semi-space-size=8', '--liftoff-only'],
      entry: 'dist/src/bundle/main.js',
    });
  });

  it('refuses a start script that is not "node [flags] entry", naming the file', () => {
    for (const start of ['tsx src/main.ts', 'node --liftoff-only', 'node dist/src/bundle/main.js --port 80']) {
      expect(() => startCommand(withStart(start))).toThrow(/package\.json: scripts\.start is not "node \[flags\] entry"/);
    }
  });
});
