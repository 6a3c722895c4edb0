import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import type { ChoiceView, Reply } from '../../../src/engine/types.js';
import { projectRoot } from '../../helpers/content.js';
import { eventually } from '../../helpers/log-lines.js';
import { settleDue, startTestApp, type TestApp } from '../../helpers/test-app.js';
import { FakeWebhookReceiver } from './fake-webhook-receiver.js';
import { toyWebhookPlugin } from './toy-webhook-plugin.js';
import { toyWebhookPath } from './toy-webhook-runtime.js';

/**
 * The channel plugin contract's acceptance test: a whole channel in this
 * folder, registered through `extraPlugins` — no edit anywhere else.
 */
const token = 'toy-token-123';
let now = new Date('2026-11-24T10:00:00+01:00');
const receiver = new FakeWebhookReceiver();
let schoolsDir: string;
let app: TestApp;

beforeAll(async () => {
  await receiver.start();
  schoolsDir = mkdtempSync(join(tmpdir(), 'watnu-toy-schools-'));
  cpSync(join(projectRoot, 'schools'), schoolsDir, { recursive: true });
  const file = join(schoolsDir, 'proo-leiden', 'school.yaml');
  const doc = parseDocument(readFileSync(file, 'utf8'));
  doc.setIn(['channels', 'ib', 'toy-webhook'], { url: `${receiver.url}/ib` });
  writeFileSync(file, doc.toString());
  app = await startTestApp({
    clock: () => now,
    extraPlugins: [toyWebhookPlugin],
    env: { SCHOOLS_DIR: schoolsDir, DISPATCH_INTERVAL_MS: '60000', TOY_WEBHOOK_TOKEN: token, TOY_WEBHOOK_REPLY_URL: `${receiver.url}/asker` },
  });
});
afterAll(async () => {
  await app?.close();
  await receiver.stop();
  rmSync(schoolsDir, { recursive: true, force: true });
});

/** A conversation over the toy webhook: text or a button by its id suffix. */
function toyChat(conversationId: string, user: { id: string; name?: string } = { id: 'toy-user-1', name: 'Juf Toy' }) {
  let replies: Reply[] = [];
  const post = async (message: { text: string } | { choiceId: string }, auth = `Bearer ${token}`) => {
    const response = await fetch(`${app.url}${toyWebhookPath}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: auth },
      body: JSON.stringify({ schoolId: 'proo-leiden', conversationId, user, ...message }),
    });
    const body = (await response.json()) as { replies: Reply[] };
    if (response.status === 200) replies = body.replies;
    return { status: response.status, body };
  };
  return {
    post,
    say: (text: string) => post({ text }),
    press(suffix: string) {
      const choice = replies.flatMap((r) => r.choices ?? []).find((c: ChoiceView) => c.id === suffix || c.id.endsWith(`/${suffix}`));
      if (!choice) throw new Error(`no button "${suffix}" among ${JSON.stringify(replies.flatMap((r) => r.choices ?? []).map((c) => c.id))}`);
      return post({ choiceId: choice.id });
    },
    get text() {
      return replies.map((r) => r.text).join('\n');
    },
  };
}

const toyRows = async (userId: string) => (await app.db.query<{ n: number }>('SELECT count(*)::int AS n FROM toy_webhook_messages WHERE user_id = $1', [userId]))[0]!.n;

describe('a channel plugin in one folder: the toy webhook', () => {
  it('refuses a post without its bearer token (its own config)', async () => {
    const answer = await toyChat('c-0').post({ text: 'hallo' }, 'Bearer wrong');
    expect(answer.status).toBe(401);
  });

  it('a message in → the protocol reply out, as JSON', async () => {
    const chat = toyChat('c-1');
    const answer = await chat.say('overdracht');
    expect(answer.status).toBe(200);
    expect(answer.body.replies.length).toBeGreaterThan(0);
    // The same protocol as on the web chat: the handoff asks for the urgency first.
    expect(answer.body.replies.flatMap((r) => r.choices ?? []).map((c) => c.id)).toEqual(expect.arrayContaining([expect.stringContaining('handoff/urgency/hoog')]));
    expect(await toyRows('toy-user-1')).toBe(1);
  });

  it('a handoff for a school whose IB address is on the toy channel is POSTed to the loopback URL by the outbox', async () => {
    const chat = toyChat('c-2', { id: 'toy-user-2', name: 'Meester Toy' });
    await chat.say('overdracht');
    await chat.press('handoff/urgency/hoog');
    await chat.say('A.B.');
    await chat.say('5');
    await chat.press('handoff/send');
    await settleDue(app);
    // The send kicks the dispatcher: the post may be under way already.
    await eventually(() => receiver.posts.some((p) => p.path === '/ib'), 'the handoff POSTed to the IB webhook');
    const toIb = receiver.posts.filter((p) => p.path === '/ib' && p.body.kind === 'handoff');
    expect(toIb).toHaveLength(1);
    expect(toIb[0]!.body.handoff).toMatchObject({ schoolId: 'proo-leiden', status: 'open' });
    expect(toIb[0]!.idempotencyKey).toContain(`toy-webhook:${receiver.url}/ib`);
    // The embedded inbox still gets its copy, as for every handoff.
    const inbox = await app.get('/api/chat/inbox?schoolId=proo-leiden&channel=ib');
    expect(inbox.body.messages.some((m: any) => m.handoff?.id === toIb[0]!.body.handoff.id)).toBe(true);

    // Acknowledged in the inbox: the asker, on the toy channel, is told (TOY_WEBHOOK_REPLY_URL), and the IB copy is updated.
    const ack = await app.post('/api/chat/inbox/ack', { schoolId: 'proo-leiden', handoffId: toIb[0]!.body.handoff.id, user: { id: 'ib-1', name: 'IB Karin' } });
    expect(ack.body).toMatchObject({ outcome: 'acknowledged' });
    await settleDue(app);
    await eventually(() => receiver.posts.some((p) => p.path === '/asker' && p.body.conversationId === 'c-2'), 'the asker told on the toy channel');
    await eventually(() => receiver.posts.some((p) => p.path === '/ib' && p.body.updates === 'msg-1' && p.body.handoff?.status === 'acknowledged'), 'the IB copy updated');
  });

  it('"verwijder mijn gegevens" reaches the plugin’s forgetUser hook', async () => {
    const chat = toyChat('c-3', { id: 'toy-user-3' });
    await chat.say('hallo');
    expect(await toyRows('toy-user-3')).toBe(1);
    await chat.say('verwijder mijn gegevens');
    await chat.press('privacy/delete-confirm');
    expect(chat.text).toMatch(/Verwijderd/);
    expect(await toyRows('toy-user-3')).toBe(0);
    expect(await toyRows('toy-user-1')).toBe(1);
  });

  it('retention reaches the plugin’s purge hook', async () => {
    expect(await toyRows('toy-user-1')).toBe(1);
    now = new Date(now.getTime() + 366 * 86_400_000);
    await app.timers.tick();
    expect(await toyRows('toy-user-1')).toBe(0);
  });
});
