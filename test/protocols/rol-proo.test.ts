import { describe, expect, it } from 'vitest';
import { realContent } from '../helpers/content.js';
import type { Transcript } from '../helpers/transcript.js';
import { Walk } from '../helpers/walk.js';

const dialogId = 'rol-proo';
const visited = new Set<string>();


function start(locale: 'nl' | 'en' = 'nl'): Walk {
  const t = new Walk('proo-leiden', dialogId, visited, { locale });
  t.pressId('route/rol');
  return t;
}

const contactIds = (t: Transcript) => t.replies.flatMap((r) => r.contacts?.map((c) => c.id) ?? []);
const choiceIds = (t: Transcript) => t.choices.map((c) => c.id.split('/').pop());

/** Walks one role's cards to the end; returns the texts of each card. */
function walkRole(role: string, locale: 'nl' | 'en' = 'nl'): { t: Walk; cards: string[]; contacts: string[][] } {
  const t = start(locale);
  t.press(role);
  const cards = [t.text];
  const contacts = [contactIds(t)];
  while (choiceIds(t).includes('verder')) {
    t.press('verder');
    cards.push(t.text);
    contacts.push(contactIds(t));
  }
  return { t, cards, contacts };
}

describe('rol-proo (PROOLeiden-Leiderdorp)', () => {
  it('intro: one person may hold several roles; six roles to pick', () => {
    const t = start();
    expect(t.route).toBe('rol');
    expect(t.text).toContain('intern begeleider én aandachtsfunctionaris');
    expect(choiceIds(t)).toEqual(['leerkracht', 'ondersteunend', 'ib', 'af', 'directeur', 'vp']);
  });

  it('leerkracht: first point of contact, monitoring, and in the meldcode: involve the IB', () => {
    const { t, cards, contacts } = walkRole('leerkracht');
    expect(cards).toHaveLength(2);
    expect(cards[0]).toContain('eindverantwoordelijk voor de groep');
    expect(cards[0]).toContain('eerste aanspreekpunt zijn voor ouders/verzorgers en leerlingen');
    expect(cards[0]).toContain('groep 6, 7 en 8');
    expect(cards[0]).toContain('(november)');
    expect(cards[1]).toContain('de intern begeleider betrekken als er na afstemming met de ouders/verzorgers geen verbetering optreedt');
    expect(cards[1]).toContain('Helen Berendsen');
    expect(contacts[1]).toEqual(['intern-begeleider', 'helen-berendsen']);
    expect(t.choices.map((c) => c.id)).toEqual(['route/meldcode', 'route/grensoverschrijdend', 'route/dossier', 'cmd/restart']);
  });

  it('ondersteunend personeel: tasks, and a sign goes to the teacher; disclosure and eergerelateerd are exceptions', () => {
    const { t, cards, contacts } = walkRole('ondersteunend');
    expect(cards[0]).toContain('conciërge, onderwijsassistent/leerkrachtondersteuner, tussenschoolse opvang (TSO), psycholoog');
    expect(cards[0]).toContain('zorgsignalen bespreken met de leerkracht');
    expect(cards[1]).toContain('bespreek het dan met de leerkracht, zodat die het in ParnasSys kan verwerken');
    expect(cards[1]).toContain('bij eergerelateerd geweld en disclosure');
    expect(contacts[1]).toEqual(['intern-begeleider', 'soraya-de-la-rie']);
    expect(t.choices.map((c) => c.id)).toEqual(['route/meldcode', 'route/disclosure', 'route/dossier', 'cmd/restart']);
  });

  it('intern begeleider: three cards ending with the meldcode role (melding uit naam van de directeur)', () => {
    const { cards, contacts } = walkRole('ib');
    expect(cards).toHaveLength(3);
    expect(cards[0]).toContain('eindverantwoordelijk voor dossierontwikkeling, monitoring en verslaglegging');
    expect(contacts[0]).toEqual(['intern-begeleider']);
    expect(cards[1]).toContain('externe (leerling)begeleiding coördineren');
    expect(cards[2]).toContain('het dossier meldcode opstellen in ParnasSys');
    expect(cards[2]).toContain('een melding wordt gedaan uit naam van de directeur');
    expect(cards[2]).toContain('procesmanagement voeren');
    expect(cards[2]).toContain('de rapportage meldcode invullen');
    expect(contacts[2]).toEqual(['helen-berendsen', 'veilig-thuis']);
  });

  it('aandachtsfunctionaris: Helen Berendsen, interne coach, and the indirecte aandachtsfunctionaris Sofie van Rijn', () => {
    const { cards, contacts } = walkRole('af');
    expect(cards).toHaveLength(3);
    expect(cards[0]).toContain('Op deze school is dat Helen Berendsen');
    expect(cards[0]).toContain('adviserende rol');
    expect(cards[0]).toContain('gekoppelde andere PROOLeiden-Leiderdorp-school');
    expect(contacts[0]).toEqual(['helen-berendsen']);
    expect(cards[1]).toContain('interne coach');
    expect(cards[1]).toContain('Een onderbuikgevoel is niet feitelijk');
    expect(cards[1]).toContain('één notuleert');
    expect(cards[2]).toContain('indirecte aandachtsfunctionaris: Sofie van Rijn');
    expect(cards[2]).toContain('wettelijke kaders van de meldcode');
    expect(contacts[2]).toEqual(['sofie-van-rijn']);
  });

  it('directeur: Jan Diebels; monitoring, calamiteitenplan, and the melding uit naam van directie', () => {
    const { t, cards, contacts } = walkRole('directeur');
    expect(cards).toHaveLength(3);
    expect(cards[0]).toContain('Op deze school is dat Jan Diebels');
    expect(cards[0]).toContain('kan taken delegeren');
    expect(contacts[0]).toEqual(['jan-diebels']);
    expect(cards[1]).toContain('Calamiteiten managen volgens het calamiteitenplan');
    expect(cards[1]).toContain('Eens per vier jaar een oudertevredenheidsonderzoek');
    expect(cards[2]).toContain('Een melding wordt gedaan uit naam van de directie');
    expect(t.choices.map((c) => c.id)).toEqual(['route/calamiteit', 'route/meldcode', 'route/klacht', 'cmd/restart']);
  });

  it('vertrouwenspersoon: Soraya de la Rie, aanspreekpunt voor pesten; complaint tasks and the meldplicht to the bestuur', () => {
    const { t, cards, contacts } = walkRole('vp');
    expect(cards[0]).toContain('De interne vertrouwenspersoon op deze school is Soraya de la Rie');
    expect(cards[0]).toContain('aanspreekpunt voor pesten');
    expect(contacts[0]).toEqual(['soraya-de-la-rie']);
    expect(cards[1]).toContain('Meldplicht');
    expect(cards[1]).toContain('direct kenbaar aan het bestuur van PROOLeiden-Leiderdorp en (indien nodig) justitie');
    expect(cards[1]).toContain('(Cissy van Eede)');
    expect(contacts[1]).toEqual(['bestuur', 'externe-vertrouwenspersoon-ouders', 'cissy-van-eede']);
    expect(t.choices.map((c) => c.id)).toEqual(['route/klacht', 'route/misbruik-door-personeel', 'route/pesten', 'cmd/restart']);
  });

  it('English texts resolve for every role', () => {
    for (const role of ['leerkracht', 'ondersteunend', 'ib', 'af', 'directeur', 'vp']) {
      const { cards } = walkRole(role, 'en');
      expect(cards.length).toBeGreaterThan(1);
    }
    expect(walkRole('af', 'en').cards[2]).toContain('Sofie van Rijn');
  });

  it('every step of the dialog was walked', () => {
    const dialog = realContent().content.dialogs.get(dialogId)!;
    expect([...visited].sort()).toEqual(Object.keys(dialog.steps).sort());
  });
});
