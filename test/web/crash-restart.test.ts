import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/content.js';
import { HttpChat } from '../helpers/http-chat.js';
import { spawnUntilReady, stopSpawned } from '../helpers/spawn-ready.js';

const dataDir = mkdtempSync(join(tmpdir(), 'watnu-crash-'));
const children: ChildProcess[] = [];

/**
 * Starts the real server (tsx src/main.ts) on its own data directory, on a port the OS picks, and
 * waits for "ready"; returns the URL it printed. (A fixed or random port can be taken by another
 * process between two starts; the data directory is what the restart must share, not the port.)
 */
async function startServer(): Promise<{ child: ChildProcess; url: string }> {
  const env = { PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn', DATABASE_URL: '' };
  const started = await spawnUntilReady(join(projectRoot, 'src', 'main.ts'), env, /WatNu is ready: (http:\/\/127\.0\.0\.1:\d+)/, 'server');
  children.push(started.child);
  return started;
}

afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

describe('crash safety', () => {
  it('after SIGKILL mid-dialog and a restart on the same data, the conversation continues at the same step', async () => {
    const first = await startServer();
    const chat = new HttpChat(first.url, 'proo-leiden', 'crash-1');
    await chat.pressId('route/meldcode');
    await chat.press('signalen');
    await chat.press('gedaan');
    expect(chat.text).toContain('Stap 2');

    await stopSpawned(first.child, 'SIGKILL');

    const second = await startServer();
    const resumed = new HttpChat(second.url, 'proo-leiden', 'crash-1');
    await resumed.pressId('meldcode-proo/stap2/gedaan');
    expect(resumed.text).toContain('Stap 3');
    await resumed.say('terug');
    expect(resumed.choices.map((c) => c.id)).toContain('meldcode-proo/stap2/gedaan');
  });
});
