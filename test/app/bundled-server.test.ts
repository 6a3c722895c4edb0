import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleApp, bundledDir, bundledEntry } from '../../src/build/bundle-app.js';
import { startCommand } from '../../src/build/start-command.js';
import { projectRoot } from '../helpers/content.js';
import { HttpChat } from '../helpers/http-chat.js';
import { spawnUntilReady, stopSpawned } from '../helpers/spawn-ready.js';
import { message, personal } from '../teams/activities.js';
import { FakeConnector } from '../teams/fake-connector.js';

/**
 * `npm start` runs the esbuild bundle (build/bundle-app.ts), not the sources
 * the other tests run: these tests start that bundle in plain Node, after the
 * same staleness check `npm start` makes (scripts/build-if-stale.mjs: CI's
 * `npm ci` has just built it; a developer's build may be older than a source).
 */
const entry = join(projectRoot, bundledEntry);
/** The node flags `npm start` gives (package.json scripts.start: `node [flags] entry`), so the bundle runs as it is run. */
const start = startCommand(projectRoot);
const startFlags = start.nodeFlags;
const dataDir = mkdtempSync(join(tmpdir(), 'watnu-bundle-'));
const scratch = mkdtempSync(join(tmpdir(), 'watnu-bundle-out-'));
const connector = new FakeConnector();
let server: Awaited<ReturnType<typeof spawnUntilReady>> | null = null;
/** A bundle made into a scratch folder, for what its metafile says (once for the tests that read it). */
let scratchBuild: ReturnType<typeof bundleApp> | undefined;
const scratchBundle = () => {
  scratchBuild ??= bundleApp(projectRoot, scratch);
  return scratchBuild;
};

beforeAll(async () => {
  execFileSync(process.execPath, [join(projectRoot, 'scripts', 'build-if-stale.mjs')], { cwd: projectRoot, stdio: 'inherit' });
  await connector.start();
  const env = {
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    DATABASE_URL: '',
    LOG_LEVEL: 'warn',
    TEAMS_DEFAULT_SCHOOL: 'proo-leiden',
    MicrosoftAppId: '',
    MicrosoftAppPassword: '',
  };
  server = await spawnUntilReady(entry, env, /WatNu is ready: (http:\/\/127\.0\.0\.1:\d+)/, 'bundled server', startFlags);
}, 120_000);

afterAll(async () => {
  await stopSpawned(server?.child ?? null, 'SIGTERM');
  await connector.stop();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
});

describe('the bundled server (npm start)', () => {
  it('is what npm start runs, with the node flags these tests start it with (on the embedded PGlite)', () => {
    expect(start.entry).toBe(bundledEntry);
    expect(startFlags).toContain('--liftoff-only');
  });

  it('answers "wat nu?" from Teams with the menu card, through the bundled Teams SDK', async () => {
    const where = personal({ id: '29:bundle-teacher' }, 'tenant-bundle');
    const response = await fetch(`${server!.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(message(connector.url, where, { id: '29:bundle-teacher', name: 'Juf' }, 'wat nu?')),
    });
    expect(response.status).toBeLessThan(300);
    const reply = await connector.waitFor(() => connector.posts()[0], 'the reply to "wat nu?"', 15_000);
    expect(reply.body.attachments[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(reply.body.summary).toMatch(/^Wat is er aan de hand\?/);
  });

  it('walks a protocol step in the web chat', async () => {
    const chat = new HttpChat(server!.url, 'proo-leiden', 'bundle-web-1');
    await chat.pressId('route/meldcode');
    await chat.press('signalen');
    await chat.press('gedaan');
    expect(chat.text).toContain('Stap 2');
  });

  it('every chunk, the lazily imported ones too (PDF export, Slack, the Bot Framework adapter), loads in plain Node', () => {
    const chunks = readdirSync(join(projectRoot, bundledDir)).filter((name) => name.endsWith('.js') && name !== 'main.js');
    expect(chunks.length).toBeGreaterThan(3);
    const urls = chunks.map((name) => pathToFileURL(join(projectRoot, bundledDir, name)).href);
    const script = `for (const url of ${JSON.stringify(urls)}) await import(url); console.log('loaded');`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: projectRoot, encoding: 'utf8', timeout: 60_000 });
    expect(out.trim()).toBe('loaded');
  });

  it('every chunk is Latin-1, so V8 keeps its source one byte per character (a single dash doubles a chunk)', () => {
    const chunks = readdirSync(join(projectRoot, bundledDir)).filter((name) => name.endsWith('.js'));
    const wide = chunks.flatMap((name) => {
      const source = readFileSync(join(projectRoot, bundledDir, name), 'utf8');
      const at = source.search(/[^\u0000-\u00ff]/);
      return at < 0 ? [] : [`${name}: ${JSON.stringify(source.slice(Math.max(0, at - 40), at + 10))}`];
    });
    expect(wide).toEqual([]);
  });

  it('a start loads no package it does not use: the PostgreSQL driver, Slack, the Bot Framework adapter, PDF and diagrams wait for import()', async () => {
    const { imports } = await scratchBundle();
    // main.ts imports create-app with import() to time the module loading; everything else dynamic waits for its use.
    const entries = ['main.js', [...imports.keys()].find((name) => name.startsWith('create-app-'))!];
    const loaded = new Set<string>();
    const visit = (file: string) => {
      if (loaded.has(file)) return;
      loaded.add(file);
      for (const i of imports.get(file) ?? []) if (!i.dynamic) (i.external ? loaded.add(i.path) : visit(i.path));
    };
    for (const entry of entries) visit(entry);
    expect(loaded.has('pino')).toBe(true);
    for (const lazy of ['pg', '@slack/bolt', 'botbuilder', '@microsoft/teams-ai', 'pdfkit', '@viz-js/viz']) expect(loaded, lazy).not.toContain(lazy);
  });

  it("carries teams.common once, as the CommonJS build the Teams SDK requires (no second axios)", async () => {
    const { inputs } = await scratchBundle();
    const common = inputs.filter((file) => file.includes('node_modules/@microsoft/teams.common/'));
    expect(common.length).toBeGreaterThan(0);
    expect(common.filter((file) => file.endsWith('.mjs'))).toEqual([]);
    const axiosBuilds = new Set(inputs.filter((file) => /node_modules\/axios\/.*\.(c?js|mjs)$/.test(file) && file.includes('/dist/')));
    expect([...axiosBuilds]).toHaveLength(1);
  });
});
