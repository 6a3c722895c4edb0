import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { createApp } from '../../src/app/create-app.js';
import type { ChannelPlugin } from '../../src/channels/plugin.js';
import { loadConfig } from '../../src/config.js';
import { projectRoot } from '../helpers/content.js';
import { openTestDb, startTestApp } from '../helpers/test-app.js';
import { testLogger } from '../helpers/test-log.js';
import { type ToyWebhookSettings, toyWebhookPlugin } from './toy-webhook/toy-webhook-plugin.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A copy of schools/ with PROO Leiden's IB target on another channel. */
function schoolsWithIbTarget(channel: string, target: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'watnu-plugin-schools-'));
  dirs.push(dir);
  cpSync(join(projectRoot, 'schools'), dir, { recursive: true });
  const file = join(dir, 'proo-leiden', 'school.yaml');
  const doc = parseDocument(readFileSync(file, 'utf8'));
  doc.setIn(['channels', 'ib', channel], target);
  writeFileSync(file, doc.toString());
  return dir;
}

/** createApp's refusal, with the database it was given closed afterwards. */
async function refusal(options: Parameters<typeof startTestApp>[0]): Promise<unknown> {
  const db = await openTestDb();
  try {
    const app = await startTestApp({ ...options, db });
    await app.close();
    return null;
  } catch (error) {
    return error;
  } finally {
    await db.close();
  }
}

describe('the channel registry', () => {
  it('does not import a plugin its config switches off: no load(), no routes', async () => {
    let loads = 0;
    const counted: ChannelPlugin<ToyWebhookSettings> = {
      ...toyWebhookPlugin,
      load: (...args) => {
        loads += 1;
        return toyWebhookPlugin.load(...args);
      },
    };
    const app = await startTestApp({ extraPlugins: [counted], env: { TOY_WEBHOOK_ENABLED: '0', TOY_WEBHOOK_TOKEN: 'toy-token-123' } });
    try {
      expect(loads).toBe(0);
      expect((await app.post('/channels/toy-webhook/messages', {})).status).toBe(404);
    } finally {
      await app.close();
    }
  });

  it("imports an enabled plugin's code while the database is still opening, not after", async () => {
    let loaded!: () => void;
    const loadStarted = new Promise<void>((resolve) => {
      loaded = resolve;
    });
    const counted: ChannelPlugin<ToyWebhookSettings> = {
      ...toyWebhookPlugin,
      load: (...args) => {
        loaded();
        return toyWebhookPlugin.load(...args);
      },
    };
    const db = await openTestDb();
    // The database "opens" only once the plugin's import has begun: a start that imported after opening would never finish.
    const opening = loadStarted.then(() => db);
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', TOY_WEBHOOK_TOKEN: 'toy-token-123' }, projectRoot);
    const stuck = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the start waited for the database before importing the channel')), 10_000).unref());
    const app = await Promise.race([createApp(config, testLogger(), { opening, extraPlugins: [counted] }), stuck]);
    try {
      expect((await fetch(`${app.url}/channels/toy-webhook/messages`, { method: 'POST' })).status).not.toBe(404);
    } finally {
      await app.close();
    }
  });

  it("refuses a plugin's invalid config with CONFIG_INVALID naming the plugin", async () => {
    const error = await refusal({ extraPlugins: [toyWebhookPlugin], env: { TOY_WEBHOOK_TOKEN: 'short' } });
    expect(error).toMatchObject({ code: 'CONFIG_INVALID', message: expect.stringContaining('toy-webhook channel') });
  });

  it('refuses a school target on a channel no plugin provides, and one its plugin rejects', async () => {
    const unknown = await refusal({ env: { SCHOOLS_DIR: schoolsWithIbTarget('fax', { number: '071' }) } });
    expect(unknown).toMatchObject({ code: 'CONTENT_INVALID', message: expect.stringContaining('channels.ib.fax: no channel "fax" takes handoffs') });
    const invalid = await refusal({ extraPlugins: [toyWebhookPlugin], env: { TOY_WEBHOOK_TOKEN: 'toy-token-123', SCHOOLS_DIR: schoolsWithIbTarget('toy-webhook', { url: 'http://example.org/hook' }) } });
    expect(invalid).toMatchObject({ code: 'CONTENT_INVALID', message: expect.stringContaining('channels.ib.toy-webhook.url') });
  });

  it('an unknown TEAMS_ADAPTER is a config error naming the variable', async () => {
    expect((await refusal({ env: { TEAMS_ADAPTER: 'bot' } })) as Error).toMatchObject({ code: 'CONFIG_INVALID', message: expect.stringContaining('TEAMS_ADAPTER') });
  });
});
