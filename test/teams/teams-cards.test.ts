import { describe, expect, it } from 'vitest';
import { cardLanguage } from '../../src/channels/teams/card-say.js';
import { handoffCard } from '../../src/channels/teams/handoff-card.js';
import { replyCard } from '../../src/channels/teams/reply-card.js';
import { contactCards } from '../../src/contacts/contact-cards.js';
import type { Locale } from '../../src/content/types.js';
import type { Reply } from '../../src/engine/types.js';
import type { HandoffRecord } from '../../src/handoff/handoff-repository.js';
import { HandoffService } from '../../src/handoff/handoff-service.js';
import { cardTextsIn, realContent } from '../helpers/content.js';
import { openHandoff } from '../helpers/protocol-kit.js';
import { Transcript } from '../helpers/transcript.js';
import { cardButtons, cardLinks, cardText } from './card-reader.js';
import { cardErrors, expectValidCards } from './card-schema.js';
import { sampleHandoff } from './sample-handoff.js';

const { content, t } = realContent();
const locales: Locale[] = ['nl', 'en'];

/** Every reply the engine can give: each step of each dialog of each school (breadth-first, one visit per state), commands, form stages. */
function allReplies(schoolId: string, locale: Locale): Reply[] {
  const replies: Reply[] = [];
  const seen = new Set<string>();
  const queue: string[][] = [];
  const school = content.schools.get(schoolId)!;
  for (const route of Object.keys(school.routes)) queue.push([`route/${route}`]);
  for (const command of ['cmd/menu', 'cmd/help', 'cmd/emergency', 'cmd/handoff', 'cmd/status']) queue.push([command]);
  while (queue.length > 0) {
    const path = queue.shift()!;
    const chat = new Transcript(schoolId, { locale });
    for (const id of path) {
      if (id.startsWith('text:')) chat.say(id.slice(5));
      else chat.pressId(id);
    }
    replies.push(...chat.replies);
    const s = chat.session;
    const stage = openHandoff(chat)?.stage ?? '';
    const state = `${s.dialogId}/${s.stepId}/${stage}`;
    if (seen.has(state) || path.length > 60) continue;
    seen.add(state);
    if (stage === 'initials') queue.push([...path, 'text:S.V.']);
    else if (stage === 'group') queue.push([...path, 'text:6']);
    else for (const choice of chat.choices) queue.push([...path, choice.id]);
  }
  return replies;
}

describe('every engine reply, rendered for Teams', () => {
  it.each(['proo-leiden', 'sbo-de-brug'].flatMap((s) => locales.map((l) => [s, l] as const)))('%s (%s): valid Adaptive Card 1.5, one button per choice, answered without buttons', (schoolId, locale) => {
    const lang = cardLanguage(t, locale);
    const replies = allReplies(schoolId, locale);
    expect(replies.length).toBeGreaterThan(100);
    const cards = [];
    for (const reply of replies) {
      const card = replyCard(reply, lang, { cardId: 'card-1' });
      const buttons = cardButtons(card);
      expect(buttons.map((b) => b.title)).toEqual((reply.choices ?? []).map((c) => c.label));
      expect(cardText(card)).toContain(reply.text.split('\n').find((l) => l.trim())!.trim().replace(/\]\(/g, '] ('));
      const phones = (reply.contacts ?? []).flatMap((c) => c.phones.filter((p) => p.uri.startsWith('tel:')).slice(0, 3).map((p) => p.uri));
      expect(cardLinks(card)).toEqual(expect.arrayContaining(phones));
      cards.push(card);
      if (reply.choices?.length) {
        const answered = replyCard(reply, lang, { answered: { label: reply.choices[0]!.label, who: 'Juf Sanne' } });
        expect(cardButtons(answered)).toEqual([]);
        cards.push(answered);
      }
    }
    const unique = [...new Map(cards.map((c) => [JSON.stringify(c), c])).values()];
    expectValidCards(unique);
  });
});

describe('contact cards', () => {
  const moments = ['2026-11-24T10:15:00+01:00', '2026-11-29T23:30:00+01:00'].map((iso) => new Date(iso));
  it.each([...content.schools.keys()])('every contact of %s, during office hours and on a Sunday night', (schoolId) => {
    const school = content.schools.get(schoolId)!;
    const cards = [];
    for (const now of moments) {
      for (const locale of locales) {
        const contacts = contactCards(school, [...school.contacts.keys()], now, cardTextsIn(locale));
        const card = replyCard({ text: 'Sociale kaart', contacts }, cardLanguage(t, locale));
        const text = cardText(card);
        for (const contact of contacts) expect(text).toContain(contact.name);
        cards.push(card);
      }
    }
    expectValidCards(cards);
  });

  it('open and closed are visible; a closed number says so; alternatives name the closed contact', () => {
    const school = content.schools.get('proo-leiden')!;
    const night = contactCards(school, ['calamiteitenteam-ggd'], new Date('2026-11-29T23:30:00+01:00'), cardTextsIn('nl'));
    const text = cardText(replyCard({ text: 'x', contacts: night }, cardLanguage(t, 'nl')));
    expect(text).toContain('Nu gesloten');
    if (night.some((c) => c.alternativeFor)) expect(text).toMatch(/Omdat .+ nu gesloten is/);
  });
});

describe('checklists, tones, markdown', () => {
  const lang = cardLanguage(t, 'nl');
  it('a checklist shows every item with its state and owner', () => {
    const card = replyCard(
      {
        text: 'Actieplan',
        checklist: {
          items: [
            { id: 'a', label: 'Bel de ouders', status: 'open', owner: 'Jan' },
            { id: 'b', label: 'Informeer het team', status: 'gedaan' },
            { id: 'c', label: 'Pers', status: 'nvt' },
            { id: 'd', label: 'Zonder status' },
          ],
        },
      },
      lang,
    );
    expect(cardText(card)).toContain('☐ Bel de ouders — Jan');
    expect(cardText(card)).toContain('☑ Informeer het team');
    expect(cardText(card)).toContain('– Pers (n.v.t.)');
    expectValidCards([card]);
  });

  it('safety and warning replies get an attention / warning container; text a user typed cannot become a link', () => {
    const safety = replyCard({ text: 'Bel 112', tone: 'safety' }, lang);
    const warning = replyCard({ text: 'Let op [klik hier](https://evil.example)', tone: 'warning' }, lang);
    expect(safety.body[0]).toMatchObject({ type: 'Container', style: 'attention' });
    expect(warning.body[0]).toMatchObject({ type: 'Container', style: 'warning' });
    expect(cardText(warning)).toContain('[klik hier] (https://evil.example)');
    expectValidCards([safety, warning]);
  });

  it('a reply with buttons needs a card id (the buttons carry it)', () => {
    expect(() => replyCard({ text: 'x', choices: [{ id: 'cmd/menu', label: 'Menu' }] }, lang)).toThrow(/card id/);
  });

  it('a card the schema rejects is reported (the check is not vacuous)', () => {
    expect(cardErrors({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'x', colour: 'red' }] })).not.toEqual([]);
  });
});

describe('handoff cards', () => {
  const handoffs = new HandoffService({ db: null as never, content, t, newId: () => 'x', kick: () => undefined });
  const record = (over: Partial<HandoffRecord> = {}): HandoffRecord =>
    sampleHandoff({ note: 'zie [dossier](https://evil.example)', done: ['Verteld'], ask: 'Neem direct contact op met Veilig Thuis', ...over });

  it.each([
    ['open acuut handoff', record(), 'handoff', 'attention', true],
    ['open hoog handoff to the director', record({ to: 'directeur', urgency: 'hoog' }), 'handoff', 'warning', true],
    ['normaal reminder', record({ urgency: 'normaal' }), 'reminder', 'emphasis', true],
    ['acknowledged', record({ status: 'acknowledged', ackedBy: 'Ilse', ackedAt: '2026-11-24T09:20:00.000Z' }), 'handoff', 'attention', false],
  ] as const)('%s', (_name, rec, kind, style, ackButton) => {
    const message = handoffs.message(rec, kind);
    const card = handoffCard(message, message.handoff!);
    expect(card.body[0]).toMatchObject({ type: 'Container', style });
    const text = cardText(card);
    expect(text).toContain('Leerling: S.V., groep 6');
    expect(text).toContain('[dossier] (https://evil.example)');
    const buttons = cardButtons(card);
    if (ackButton) expect(buttons).toEqual([{ title: 'Ik pak dit op', verb: 'watnu.ack', data: { watnu: 'ack', handoff: 'h-1' }, style: 'positive' }]);
    else {
      expect(buttons).toEqual([]);
      expect(text).toContain('Opgepakt door Ilse');
    }
    expectValidCards([card]);
  });

  it('an escalation keeps its alert above the fields', () => {
    const base = handoffs.message(record(), 'escalation');
    const message = { ...base, reply: { ...base.reply, text: `Escalatie: niet opgepakt.\n${base.reply.text}` } };
    const card = handoffCard(message, message.handoff!);
    expect(cardText(card).split('\n').slice(0, 2)).toEqual(['Escalatie: niet opgepakt.', expect.stringContaining('Overdracht voor de intern begeleider')]);
    expectValidCards([card]);
  });
});

describe('Teams notices and welcomes', () => {
  it('every teams.* text renders as a valid card in both languages', () => {
    const cards = locales.flatMap((locale) => {
      const { say } = cardLanguage(t, locale);
      return Object.keys(content.locales[locale]!)
        .filter((key) => key.startsWith('teams.'))
        .map((key) => replyCard({ text: say(key, { tenant: 't', team: 'x', max: 2000, source: 's', label: 'l', who: 'w', name: 'n', number: '1', owner: 'o' }), tone: 'warning' }, cardLanguage(t, locale)));
    });
    expect(cards.length).toBeGreaterThan(40);
    expectValidCards(cards);
  });

  it('the Teams texts exist in both languages', () => {
    const keys = (locale: Locale) => Object.keys(content.locales[locale]!).filter((k) => k.startsWith('teams.')).sort();
    expect(keys('en')).toEqual(keys('nl'));
  });
});
