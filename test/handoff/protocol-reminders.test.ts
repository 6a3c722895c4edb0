import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpChat } from '../helpers/http-chat.js';
import { settleDue, startTestApp, type TestApp } from '../helpers/test-app.js';

let now = new Date('2026-11-24T10:00:00+01:00');
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ clock: () => now, env: { DISPATCH_INTERVAL_MS: '60000' } });
});
afterAll(async () => {
  await app.close();
});

const settle = (): Promise<void> => settleDue(app);

const inbox = async (channel: string) => (await app.get(`/api/chat/inbox?schoolId=proo-leiden&channel=${channel}`)).body.messages as Array<{ kind: string; text: string; handoff?: { fields: Array<{ label: string; value: string }> } }>;

describe('protocol deadlines become reminders to the right person', () => {
  it('a melding at Veilig Thuis: the IB is reminded after 5 working days (not counting the weekend)', async () => {
    const chat = new HttpChat(app.url, 'proo-leiden', 'rem-1');
    await chat.pressId('route/meldcode');
    for (const c of ['signalen', 'gedaan', 'gedaan', 'blijft']) await chat.press(c);
    await chat.completeHandoff('C.D.', '7');
    await chat.press('afweging-vermoeden/ja');
    await chat.press('afweging-veiligheid/ja-twijfel');
    expect(chat.text).toContain('Over 5 werkdagen herinner ik de intern begeleider');
    await settle();
    const before = (await inbox('ib')).filter((m) => m.kind === 'reminder' && m.text.includes('5 werkdagen na een melding'));
    expect(before).toEqual([]);
    now = new Date('2026-11-30T12:00:00+01:00'); // Monday: 4 working days later
    await settle();
    expect((await inbox('ib')).filter((m) => m.text.includes('5 werkdagen na een melding'))).toEqual([]);
    now = new Date('2026-12-01T10:05:00+01:00'); // Tuesday: the fifth working day
    await settle();
    expect((await inbox('ib')).filter((m) => m.text.includes('5 werkdagen na een melding'))).toHaveLength(1);
  });

  it('the term agreed at afweging 4 becomes a reminder to do afweging 5', async () => {
    now = new Date('2026-12-02T09:00:00+01:00');
    const chat = new HttpChat(app.url, 'proo-leiden', 'rem-2');
    await chat.pressId('route/meldcode');
    for (const c of ['signalen', 'gedaan', 'gedaan', 'blijft']) await chat.press(c);
    await chat.completeHandoff('E.F.', '3');
    for (const c of ['afweging-vermoeden/ja', 'afweging-veiligheid/nee', 'afweging-hulp/ja', 'afweging-accepteren/ja', 'termijn/vier-weken', 'na-termijn/later']) await chat.press(c);
    expect(chat.text).toContain('Tot na de termijn');
    now = new Date('2026-12-29T09:00:00+01:00');
    await settle();
    expect((await inbox('ib')).filter((m) => m.text.includes('Tijd voor afweging 5'))).toEqual([]);
    now = new Date('2026-12-30T09:01:00+01:00');
    await settle();
    expect((await inbox('ib')).filter((m) => m.text.includes('Tijd voor afweging 5'))).toHaveLength(1);
  });

  it('disclosure ends in a handoff to the IB channel with initials and group only, no narrative', async () => {
    now = new Date('2027-01-05T10:00:00+01:00');
    const chat = new HttpChat(app.url, 'proo-leiden', 'rem-3');
    await chat.say('Een meisje uit groep 6 vertelde me net dat haar stiefvader haar slaat');
    expect(chat.route).toBe('disclosure');
    for (let i = 0; i < 8 && !chat.choices.some((c) => c.id === 'handoff/cancel'); i++) {
      const next = chat.choices.find((c) => c.id.startsWith('disclosure-proo/'));
      if (!next) break;
      await chat.pressId(next.id);
    }
    await chat.say('Sanne de Vries');
    await chat.say('6');
    await chat.press('handoff/send');
    await settle();
    const handoff = (await inbox('ib')).find((m) => m.kind === 'handoff' && m.text.includes('Een leerling vertelt'));
    expect(handoff).toBeDefined();
    const all = JSON.stringify(handoff);
    expect(all).toContain('S.d.V., groep 6');
    expect(all).not.toContain('Sanne');
    expect(all).not.toContain('stiefvader');
    expect(all).not.toContain('slaat');
    expect(handoff!.handoff!.fields.map((f) => f.label)).toEqual(expect.arrayContaining(['Onderwerp', 'Leerling', 'Gevraagd', 'Van', 'Tijd']));
  });
});
