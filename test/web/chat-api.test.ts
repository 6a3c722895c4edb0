import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

const valid = { conversationId: 'api-1', schoolId: 'proo-leiden', user: { id: 'u1' }, choiceId: 'cmd/menu' };

describe('POST /api/chat', () => {
  it('answers with the documented shape', async () => {
    const { status, body } = await app.chat(valid);
    expect(status).toBe(200);
    expect(body.conversationId).toBe('api-1');
    expect(body.replies[0].text).toMatch(/Wat is er aan de hand/);
    expect(body.replies[0].choices[0]).toEqual({ id: 'cmd/emergency', label: 'Acuut gevaar', style: 'danger' });
  });

  it('sends no ETag with an answer (nothing revalidates a POST), while the chat page keeps its own', async () => {
    const answer = await fetch(`${app.url}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(valid) });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('etag')).toBeNull();
    const page = await fetch(`${app.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('etag')).toMatch(/^W\/"/);
  });

  it('sets `route` when a protocol starts', async () => {
    const { body } = await app.chat({ ...valid, choiceId: 'route/meldcode' });
    expect(body.route).toBe('meldcode');
    expect(body.replies[0].source).toMatch(/^Sociaal veiligheidsbeleid PROOLeiden-Leiderdorp — /);
  });

  it.each([
    [{ ...valid, conversationId: undefined }, 'conversationId'],
    [{ ...valid, schoolId: 42 }, 'schoolId'],
    [{ ...valid, user: undefined }, 'user'],
    [{ ...valid, user: { name: 'x' } }, 'user.id'],
    [{ ...valid, text: 'hallo' }, 'text'],
    [{ conversationId: 'a', schoolId: 'proo-leiden', user: { id: 'u' } }, 'text'],
    [{ ...valid, locale: 'de' }, 'locale'],
    [{ ...valid, choiceId: undefined, text: 'x'.repeat(2001) }, 'text'],
    [{ ...valid, conversationId: 'bad id with spaces' }, 'conversationId'],
  ])('400 names the field (%#)', async (body, field) => {
    const response = await app.chat(body);
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('REQUEST_INVALID');
    expect(response.body.error.field).toBe(field);
    expect(response.body.error.message).toContain(field);
  });

  it('400 on invalid JSON and on a non-object body', async () => {
    expect((await app.chat('{"conversationId":')).body.error).toMatchObject({ code: 'REQUEST_INVALID', field: 'body' });
    expect((await app.chat('[1,2]')).body.error).toMatchObject({ code: 'REQUEST_INVALID', field: 'body' });
  });

  it('404 for an unknown school', async () => {
    const response = await app.chat({ ...valid, schoolId: 'nergens' });
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('SCHOOL_UNKNOWN');
  });

  it('413 for bodies over 64 KiB', async () => {
    const response = await app.chat({ ...valid, pad: 'x'.repeat(70 * 1024) });
    expect(response.status).toBe(413);
    expect(response.body.error.code).toBe('BODY_TOO_LARGE');
  });

  it('X-WatNu-Now must be ISO when the dev clock is on', async () => {
    const response = await app.chat(valid, { 'x-watnu-now': 'vrijdag kwart voor vijf' });
    expect(response.status).toBe(400);
    expect(response.body.error.field).toBe('X-WatNu-Now');
  });

  it('an old button (a step already answered) does not move the dialog', async () => {
    const conv = { ...valid, conversationId: 'api-stale' };
    await app.chat({ ...conv, choiceId: 'route/meldcode' });
    await app.chat({ ...conv, choiceId: 'meldcode-proo/intro/signalen' });
    const second = await app.chat({ ...conv, choiceId: 'meldcode-proo/intro/verteld' });
    expect(second.body.replies[0].text).toMatch(/eerdere stap/);
    expect(second.body.replies[1].choices.map((c: { id: string }) => c.id)).toContain('meldcode-proo/stap1/gedaan');
    expect(second.body.route).toBeUndefined();
  });

  it('terug goes back one decision, opnieuw starts over', async () => {
    const conv = { ...valid, conversationId: 'api-back' };
    await app.chat({ ...conv, choiceId: 'route/meldcode' });
    await app.chat({ ...conv, choiceId: 'meldcode-proo/intro/signalen' });
    const back = await app.chat({ ...conv, choiceId: undefined, text: 'terug' });
    expect(back.body.replies.at(-1).choices.map((c: { id: string }) => c.id)).toContain('meldcode-proo/intro/signalen');
    const restart = await app.chat({ ...conv, choiceId: undefined, text: 'opnieuw' });
    expect(restart.body.replies[0].text).toMatch(/opnieuw/);
  });
});

describe('GET /api/chat/inbox', () => {
  it('400 for a wrong channel, 404 for an unknown school', async () => {
    expect((await app.get('/api/chat/inbox?schoolId=proo-leiden&channel=bestuur')).body.error.field).toBe('channel');
    expect((await app.get('/api/chat/inbox?schoolId=nergens&channel=ib')).status).toBe(404);
  });

  it('lists messages posted to the channel, newest last', async () => {
    const response = await app.get('/api/chat/inbox?schoolId=sbo-de-brug&channel=ib');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ schoolId: 'sbo-de-brug', channel: 'ib', messages: [] });
  });
});

describe('POST /api/chat/inbox/ack across schools', () => {
  it('a handoff of another school is not acknowledged at all', async () => {
    const chat = await app.chat({ conversationId: 'ack-x', schoolId: 'proo-leiden', user: { id: 'u-ack' }, text: 'overdracht' });
    expect(chat.status).toBe(200);
    for (const step of [{ choiceId: 'handoff/urgency/normaal' }, { text: 'A.B.' }, { text: '4' }, { choiceId: 'handoff/send' }]) {
      await app.chat({ conversationId: 'ack-x', schoolId: 'proo-leiden', user: { id: 'u-ack' }, ...step });
    }
    await app.dispatcher.idle();
    const [row] = await app.db.query<{ id: string }>(`SELECT id FROM handoffs WHERE asker_id = 'u-ack'`);
    const wrong = await app.post('/api/chat/inbox/ack', { schoolId: 'sbo-de-brug', handoffId: row!.id, user: { id: 'intruder' } });
    expect(wrong.status).toBe(404);
    const [after] = await app.db.query<{ status: string }>('SELECT status FROM handoffs WHERE id = $1', [row!.id]);
    expect(after!.status).toBe('open');
  });
});

describe('session reads per turn', () => {
  it('a new conversation reads its session once; a cached one not at all', async () => {
    const reads: string[] = [];
    const query = app.db.query.bind(app.db);
    app.db.query = ((sql: string, params?: readonly unknown[]) => {
      if (sql.startsWith('SELECT data, version::int AS version FROM sessions WHERE key')) reads.push(String(params?.[0]));
      return query(sql, params);
    }) as typeof app.db.query;
    try {
      expect((await app.chat({ ...valid, conversationId: 'reads-1' })).status).toBe(200);
      expect(reads).toEqual(['web:reads-1']);
      expect((await app.chat({ ...valid, conversationId: 'reads-1', choiceId: 'route/meldcode' })).status).toBe(200);
      expect(reads).toEqual(['web:reads-1']);
    } finally {
      app.db.query = query;
    }
  });
});
