import { describe, expect, it } from 'vitest';
import { engineContextFactory } from '../../src/app/engine-context.js';
import { contactCards } from '../../src/contacts/contact-cards.js';
import type { Dialog, School } from '../../src/content/types.js';
import { advance, newSession } from '../../src/engine/advance.js';
import type { EngineContext, TriageResult } from '../../src/engine/context.js';
import type { InboundEvent, Reply, Session } from '../../src/engine/types.js';
import { cardTextsIn, realContent } from '../helpers/content.js';
import { amsterdam } from './amsterdam-time.js';

const { content, t } = realContent();
const toSocialeKaart = (): TriageResult => ({ route: 'sociale-kaart', candidates: ['sociale-kaart'] });

function context(now: Date): EngineContext {
  return engineContextFactory(content, t, toSocialeKaart)(now);
}

function school(id: string): School {
  return content.schools.get(id)!;
}

function dialog(id: string): Dialog {
  const found = content.dialogs.get(id);
  if (!found) throw new Error(`no dialog ${id}`);
  return found;
}

function replies(ctx: EngineContext, session: Session, event: InboundEvent): { session: Session; replies: Reply[] } {
  const result = advance(ctx, session, event);
  const out = result.effects.flatMap((effect) => (effect.type === 'reply' ? [effect.reply] : []));
  return { session: result.session, replies: out };
}

function start(schoolId: string, now: Date): Session {
  return newSession({ key: 'web:test', schoolId, userId: 'u1', locale: 'nl', now });
}

describe('free text routed to the sociale kaart', () => {
  it('"iemand voor schulden" → the sociaal wijkteam card, then the browse menu', () => {
    const now = amsterdam('2025-01-07T10:15');
    const { replies: out } = replies(context(now), start('proo-leiden', now), { kind: 'text', text: 'iemand voor schulden' });
    expect(out[0]?.contacts?.map((c) => c.id)).toEqual(['sociaal-wijkteam']);
    expect(out[0]?.contacts?.[0]?.phones[0]?.number).toBe('14 071');
    expect(out[1]?.choices?.map((c) => c.id)).toContain('sociale-kaart-proo/menu/spoed');
  });

  it('"adres veilig thuis" at De Brug → the Veilig Thuis Zeeland card with its address', () => {
    const now = amsterdam('2025-01-07T10:15');
    const { replies: out } = replies(context(now), start('sbo-de-brug', now), { kind: 'text', text: 'adres veilig thuis' });
    expect(out[0]?.contacts?.[0]).toMatchObject({ id: 'veilig-thuis', address: 'Westwal 37, 4461 CM Goes' });
  });
});

describe('browse menu', () => {
  for (const [schoolId, dialogId] of [
    ['proo-leiden', 'sociale-kaart-proo'],
    ['sbo-de-brug', 'sociale-kaart-brug'],
  ] as const) {
    it(`${dialogId}: every topic shows cards for all its contacts and ends`, () => {
      const now = amsterdam('2025-01-07T10:15');
      const ctx = context(now);
      const menu = dialog(dialogId).steps['menu'];
      if (menu?.type !== 'choice') throw new Error('menu is not a choice step');
      for (const choice of menu.choices) {
        let session = replies(ctx, start(schoolId, now), { kind: 'choice', choiceId: 'route/sociale-kaart' }).session;
        const result = replies(ctx, session, { kind: 'choice', choiceId: `${dialogId}/menu/${choice.id}` });
        session = result.session;
        const step = dialog(dialogId).steps[choice.id];
        if (step?.type !== 'contact') throw new Error(`${choice.id} is not a contact step`);
        const shown = result.replies.flatMap((r) => r.contacts ?? []).map((c) => c.id);
        const expected = step.contacts.map((ref) => (ref.startsWith('role:') ? school(schoolId).roles[ref.slice(5)] : ref));
        expect(new Set(shown)).toEqual(new Set(expected));
        expect(result.replies.at(-1)?.choices?.map((c) => c.id)).toContain('route/sociale-kaart');
        expect(session.stepId).toBe('einde');
      }
    });
  }

  it('PROO "spoed" at 22:15 on a Tuesday: 112 and the CIT night number first', () => {
    const now = amsterdam('2025-01-07T22:15');
    const ctx = context(now);
    const session = replies(ctx, start('proo-leiden', now), { kind: 'choice', choiceId: 'route/sociale-kaart' }).session;
    const { replies: out } = replies(ctx, session, { kind: 'choice', choiceId: 'sociale-kaart-proo/menu/spoed' });
    const cards = out.flatMap((r) => r.contacts ?? []);
    expect(cards.map((c) => c.id)).toEqual(['politie-112', 'cit', 'veilig-thuis']);
    expect(cards[1]?.phones[0]?.number).toBe('088 9004000');
    expect(out[0]?.text).toContain('112');
  });

  it('PROO "zorg" on a Saturday: the closed Jeugdteam comes after its alternatives', () => {
    const now = amsterdam('2025-01-11T11:00');
    const ctx = context(now);
    const session = replies(ctx, start('proo-leiden', now), { kind: 'choice', choiceId: 'route/sociale-kaart' }).session;
    const { replies: out } = replies(ctx, session, { kind: 'choice', choiceId: 'sociale-kaart-proo/menu/zorg' });
    const ids = out.flatMap((r) => r.contacts ?? []).map((c) => c.id);
    expect(ids.slice(0, 4)).toEqual(['cit', 'veilig-thuis', 'politie-112', 'jeugdteam']);
  });
});

describe('a protocol step shows the school\u2019s own contact', () => {
  const now = amsterdam('2025-01-07T10:15');

  it('meldcode-proo "raadpleeg Veilig Thuis" shows Veilig Thuis Hollands Midden', () => {
    const step = dialog('meldcode-proo').steps['stap2'];
    const cards = contactCards(school('proo-leiden'), step?.contacts ?? [], now, cardTextsIn('nl'));
    expect(cards.map((c) => c.name)).toEqual(['Helen Berendsen', 'Veilig Thuis Hollands Midden']);
    expect(cards[1]?.phones[0]).toMatchObject({ number: '0800 - 2000', uri: 'tel:+318002000', openNow: true });
    expect(cards[1]?.email).toBe('info@veiligthuishm.nl');
  });

  it('meldcode-brug shows Veilig Thuis Zeeland with its address', () => {
    const step = Object.values(dialog('meldcode-brug').steps).find((s) => s.contacts?.includes('veilig-thuis'));
    const cards = contactCards(school('sbo-de-brug'), step?.contacts ?? [], now, cardTextsIn('nl'));
    expect(cards.find((c) => c.id === 'veilig-thuis')).toMatchObject({ name: 'Veilig Thuis Zeeland', address: 'Westwal 37, 4461 CM Goes' });
  });
});
