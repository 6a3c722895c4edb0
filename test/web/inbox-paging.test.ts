import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWebInbox } from '../../src/channels/web/web-inbox.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/** The embedded inbox pages backwards with a cursor, so nothing is pushed out of view by newer messages. */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  // Five messages, the second and third at the same moment (ordered by id then).
  const times = ['08:01', '08:02', '08:02', '08:03', '08:04'].map((hm) => new Date(`2026-12-01T${hm}:00Z`));
  let n = 0;
  let sent = 0;
  const inbox = createWebInbox(app.db, () => `m-${String(++n).padStart(2, '0')}`, () => times[sent]!);
  for (let i = 1; i <= 5; i++) {
    await inbox.send({ channel: 'web', schoolId: 'proo-leiden', inbox: 'ib' }, { kind: 'reminder', reply: { text: `bericht ${i}` } }, `page-${i}`);
    sent++;
  }
});
afterAll(async () => {
  await app?.close();
});

const page = async (query: string) => (await app.get(`/api/chat/inbox?schoolId=proo-leiden&channel=ib${query}`)).body;

describe('GET /api/chat/inbox paging', () => {
  it('walks from the newest page to the oldest with nextBefore, every message once, oldest first within a page', async () => {
    const seen: string[] = [];
    let query = '&limit=2';
    for (let guard = 0; guard < 10; guard++) {
      const body = await page(query);
      seen.unshift(...body.messages.map((m: { text: string }) => m.text));
      if (!body.nextBefore) break;
      query = `&limit=2&before=${body.nextBefore}`;
    }
    expect(seen).toEqual(['bericht 1', 'bericht 2', 'bericht 3', 'bericht 4', 'bericht 5']);
  });

  it('without limit: the newest 100 and no older page; a bad cursor or limit is a 400', async () => {
    const body = await page('');
    expect(body.messages).toHaveLength(5);
    expect(body.nextBefore).toBeNull();
    expect((await app.get('/api/chat/inbox?schoolId=proo-leiden&channel=ib&before=nonsense')).status).toBe(400);
    expect((await app.get('/api/chat/inbox?schoolId=proo-leiden&channel=ib&limit=0')).status).toBe(400);
    expect((await app.get('/api/chat/inbox?schoolId=proo-leiden&channel=ib&limit=201')).status).toBe(400);
  });

  it('/healthz and /readyz', async () => {
    expect(await app.get('/healthz')).toEqual({ status: 200, body: { status: 'ok' } });
    expect(await app.get('/readyz')).toEqual({ status: 200, body: { status: 'ready', checks: { database: true, migrations: true, dispatcher: true } } });
    app.dispatcher.stop();
    expect(await app.get('/readyz')).toMatchObject({ status: 503, body: { status: 'not ready', checks: { dispatcher: false } } });
  });
});
