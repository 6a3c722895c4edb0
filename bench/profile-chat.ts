/** Profiles the server under /api/chat load: node --cpu-prof, then prints the heaviest functions. */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { runLoad } from './lib/load.js';
import { chatBody, teamsActivity } from './lib/payloads.js';
import { startLeanConnector } from './lib/fake-connector.js';
import { root } from './lib/processes.js';

const profDir = process.argv[2] ?? mkdtempSync(join(tmpdir(), 'watnu-prof-'));
const port = 44_900;
const child = spawn(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${profDir}`, '--import', 'tsx', join(root, 'src/main.ts')], {
  cwd: root,
  env: { ...process.env, PORT: String(port), DATA_DIR: mkdtempSync(join(tmpdir(), 'watnu-prof-data-')), LOG_LEVEL: 'info', RATE_LIMIT_PER_MINUTE: '100000', TEAMS_DEFAULT_SCHOOL: 'proo-leiden', DATABASE_URL: process.env.PROFILE_DATABASE_URL ?? '' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise<void>((resolve) => child.stdout!.on('data', (d: Buffer) => d.toString().includes('ready') && resolve()));
const connector = await startLeanConnector();
const teams = process.env.PROFILE_ENDPOINT === 'messages';
const result = await runLoad({
  url: `http://127.0.0.1:${port}/api/${teams ? 'messages' : 'chat'}`,
  concurrency: 50,
  durationMs: Number(process.env.PROFILE_SECONDS ?? 6) * 1000,
  body: (u, n) => (teams ? teamsActivity(u, n, 'prof', connector.url) : chatBody(u, n, 'prof')),
});
await connector.stop();
console.log(result);
child.kill('SIGINT');
await new Promise((r) => child.once('exit', r));
const file = readdirSync(profDir).find((f) => f.endsWith('.cpuprofile'))!;
const profile = JSON.parse(readFileSync(join(profDir, file), 'utf8')) as {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount: number }>;
};
const byKey = new Map<string, number>();
let total = 0;
for (const node of profile.nodes) {
  total += node.hitCount;
  const url = node.callFrame.url.replace(/^.*node_modules\//, 'nm/').replace(/^file:\/\/\/work\/main\//, '');
  const key = `${node.callFrame.functionName || '(anon)'} ${url}:${node.callFrame.lineNumber}`;
  byKey.set(key, (byKey.get(key) ?? 0) + node.hitCount);
}
const byFile = new Map<string, number>();
for (const [key, hits] of byKey) {
  const file = key.split(' ')[1]!.replace(/:\d+$/, '').replace(/^(nm\/[^/]+(\/[^/]+)?).*$/, '$1');
  byFile.set(file, (byFile.get(file) ?? 0) + hits);
}
const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${((v / total) * 100).toFixed(1).padStart(5)}%  ${k}`);
console.log('--- by package/file'); console.log(top(byFile, 25).join('\n'));
console.log('--- by function'); console.log(top(byKey, 30).join('\n'));
