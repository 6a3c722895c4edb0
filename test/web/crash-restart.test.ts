import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/content.js';
import { HttpChat } from '../helpers/http-chat.js';

const dataDir = mkdtempSync(join(tmpdir(), 'watnu-crash-'));
const children: ChildProcess[] = [];

/** Starts the real server (tsx src/main.ts) on its own data directory and waits for "ready". */
async function startServer(port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(projectRoot, 'src', 'main.ts')], {
    cwd: projectRoot,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn', DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  await new Promise<void>((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('WatNu is ready')) resolve();
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
  return child;
}

afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

describe('crash safety', () => {
  it('after SIGKILL mid-dialog and a restart on the same data, the conversation continues at the same step', async () => {
    const port = 39_000 + Math.floor(Math.random() * 2_000);
    const first = await startServer(port);
    const chat = new HttpChat(`http://127.0.0.1:${port}`, 'proo-leiden', 'crash-1');
    await chat.pressId('route/meldcode');
    await chat.press('signalen');
    await chat.press('gedaan');
    expect(chat.text).toContain('Stap 2');

    const exited = new Promise((resolve) => first.once('exit', resolve));
    first.kill('SIGKILL');
    await exited;

    await startServer(port);
    const resumed = new HttpChat(`http://127.0.0.1:${port}`, 'proo-leiden', 'crash-1');
    await resumed.pressId('meldcode-proo/stap2/gedaan');
    expect(resumed.text).toContain('Stap 3');
    await resumed.say('terug');
    expect(resumed.choices.map((c) => c.id)).toContain('meldcode-proo/stap2/gedaan');
  });
});
