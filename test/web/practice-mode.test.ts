import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settleDue, startTestApp, type TestApp } from '../helpers/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

const count = async (table: string) => (await app.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]!.n;

async function disclosureHandoff(conversationId: string, practice: boolean): Promise<string[]> {
  const texts: string[] = [];
  const base = { conversationId, schoolId: 'proo-leiden', user: { id: `u-${conversationId}` }, ...(practice ? { practice: true } : {}) };
  for (const step of [{ choiceId: 'route/disclosure' }, { choiceId: 'disclosure-proo/direct/verder' }, { text: 'S.V.' }, { text: '6' }, { choiceId: 'handoff/send' }]) {
    const response = await app.chat({ ...base, ...step });
    expect(response.status).toBe(200);
    texts.push(...response.body.replies.map((r: { text: string }) => r.text));
  }
  await settleDue(app);
  return texts;
}

describe('oefenmodus on the web (POST /api/chat with "practice": true)', () => {
  it('a disclosure handoff in practice shows what would be sent, with real numbers and the exercise note, and leaves every table untouched', async () => {
    const texts = await disclosureHandoff('oefen-1', true);
    expect(texts.every((t) => t.startsWith('[Oefening]'))).toBe(true);
    expect(texts[0]).toContain('Helen Berendsen (071 572 4242)');
    expect(texts[0]).toContain('Bel 112');
    expect(texts[0]).toContain('Dit is een oefening. Bij echt gevaar gelden deze nummers wél');
    expect(texts.join('\n')).toContain('Dit zou naar de intern begeleider gaan (urgentie acuut): leerling S.V., groep 6');
    expect(texts.join('\n')).toContain('Er is niets verstuurd');
    for (const table of ['handoffs', 'outbox', 'inbox_messages', 'reminders', 'audit_log']) expect(await count(table), table).toBe(0);
    expect((await app.get('/api/chat/inbox?schoolId=proo-leiden&channel=ib')).body.messages).toEqual([]);
  });

  it('the same steps for real do hand off (the practice run above is not vacuous)', async () => {
    const texts = await disclosureHandoff('echt-1', false);
    expect(texts.some((t) => t.startsWith('[Oefening]'))).toBe(false);
    expect(await count('handoffs')).toBe(1);
    expect((await app.get('/api/chat/inbox?schoolId=proo-leiden&channel=ib')).body.messages.length).toBeGreaterThan(0);
  });
});
