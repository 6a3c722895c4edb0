import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpChat } from '../helpers/http-chat.js';
import { settleDue, startTestApp, type TestApp } from '../helpers/test-app.js';

/** A clock the test moves by hand; requests carry the same time in X-WatNu-Now. */
let now = new Date('2026-11-24T10:00:00+01:00');
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ clock: () => now, env: { DISPATCH_INTERVAL_MS: '60000' } });
});
afterAll(async () => {
  await app.close();
});

const settle = (): Promise<void> => settleDue(app);

async function handoff(conversation: string, urgency: 'acuut' | 'hoog' | 'normaal'): Promise<string> {
  const chat = new HttpChat(app.url, 'proo-leiden', conversation, { headers: { 'x-watnu-now': now.toISOString() } });
  await chat.say('overdracht');
  await chat.press(`handoff/urgency/${urgency}`);
  await chat.completeHandoff('A.B.', '5');
  await settle();
  const inbox = await app.get('/api/chat/inbox?schoolId=proo-leiden&channel=ib');
  const mine = inbox.body.messages.filter((m: any) => m.kind === 'handoff');
  return mine.at(-1).handoff.id as string;
}

const kindsFor = async (channel: 'ib' | 'directeur', handoffId: string) =>
  (await app.get(`/api/chat/inbox?schoolId=proo-leiden&channel=${channel}`)).body.messages
    .filter((m: any) => m.handoff?.id === handoffId)
    .map((m: any) => m.kind);

describe('escalation of an unacknowledged acuut handoff (PROO defaults: remind 5 min, escalate every 10 min)', () => {
  it('reminder at 5 min, aandachtsfunctionaris at 15 min, directeur at 25 min; the asker hears each escalation', async () => {
    const start = now;
    const id = await handoff('esc-1', 'acuut');
    expect(await kindsFor('ib', id)).toEqual(['handoff']);

    now = new Date(start.getTime() + 4 * 60_000);
    await settle();
    expect(await kindsFor('ib', id)).toEqual(['handoff']);

    now = new Date(start.getTime() + 5 * 60_000);
    await settle();
    expect(await kindsFor('ib', id)).toEqual(['handoff', 'reminder']);

    now = new Date(start.getTime() + 15 * 60_000);
    await settle();
    const ib = (await app.get('/api/chat/inbox?schoolId=proo-leiden&channel=ib')).body.messages.filter((m: any) => m.handoff?.id === id);
    expect(ib.map((m: any) => m.kind)).toEqual(['handoff', 'reminder', 'escalation']);
    expect(ib[2].text).toContain('Helen Berendsen (aandachtsfunctionaris)');

    now = new Date(start.getTime() + 25 * 60_000);
    await settle();
    const director = (await app.get('/api/chat/inbox?schoolId=proo-leiden&channel=directeur')).body.messages.filter((m: any) => m.handoff?.id === id);
    expect(director.map((m: any) => m.kind)).toEqual(['escalation']);
    expect(director[0].text).toContain('Jan Diebels (directeur)');

    now = new Date(start.getTime() + 120 * 60_000);
    await settle();
    expect(await kindsFor('directeur', id)).toEqual(['escalation']);

    const notices = (await app.get('/api/chat/notices?schoolId=proo-leiden&conversationId=esc-1')).body.messages;
    expect(notices.map((m: any) => m.text)).toEqual([
      expect.stringContaining('Helen Berendsen'),
      expect.stringContaining('Jan Diebels'),
    ]);
  });

  it('an acknowledged handoff is not escalated, and every copy shows who picked it up', async () => {
    now = new Date('2026-11-24T11:00:00+01:00');
    const start = now;
    const id = await handoff('esc-2', 'acuut');
    now = new Date(start.getTime() + 2 * 60_000);
    const ack = await app.post('/api/chat/inbox/ack', { schoolId: 'proo-leiden', handoffId: id, user: { id: 'ib-1', name: 'IB Karin' } }, { 'x-watnu-now': now.toISOString() });
    expect(ack.body).toMatchObject({ outcome: 'acknowledged', ackedBy: 'IB Karin' });
    await settle();
    for (const minutes of [5, 15, 25, 60]) {
      now = new Date(start.getTime() + minutes * 60_000);
      await settle();
    }
    expect(await kindsFor('ib', id)).toEqual(['handoff']);
    expect(await kindsFor('directeur', id)).toEqual([]);
    const posted = (await app.get('/api/chat/inbox?schoolId=proo-leiden&channel=ib')).body.messages.find((m: any) => m.handoff?.id === id);
    expect(posted.handoff.statusText).toMatch(/^Opgepakt door IB Karin/);
    expect(posted.handoff.ackLabel).toBeUndefined();
    const notices = (await app.get('/api/chat/notices?schoolId=proo-leiden&conversationId=esc-2')).body.messages;
    expect(notices.map((m: any) => m.text)).toEqual([expect.stringContaining('IB Karin heeft je overdracht')]);
    const again = await app.post('/api/chat/inbox/ack', { schoolId: 'proo-leiden', handoffId: id, user: { id: 'dir', name: 'Directeur' } });
    expect(again.body).toMatchObject({ outcome: 'already', ackedBy: 'IB Karin' });
  });

  it('a normaal handoff on Friday 16:45 counts school hours only: its reminder falls on Monday', async () => {
    now = new Date('2026-11-27T16:45:00+01:00');
    const id = await handoff('esc-3', 'normaal');
    now = new Date('2026-11-28T20:00:00+01:00');
    await settle();
    expect(await kindsFor('ib', id)).toEqual(['handoff']);
    now = new Date('2026-11-30T12:00:00+01:00');
    await settle();
    expect(await kindsFor('ib', id)).toEqual(['handoff', 'reminder']);
  });
});
