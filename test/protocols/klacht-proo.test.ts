import { describe, expect, it } from 'vitest';
import { realContent } from '../helpers/content.js';
import type { Transcript } from '../helpers/transcript.js';
import { Walk } from '../helpers/walk.js';

const dialogId = 'klacht-proo';
const visited = new Set<string>();


function start(locale: 'nl' | 'en' = 'nl'): Walk {
  const t = new Walk('proo-leiden', dialogId, visited, { locale });
  t.pressId('route/klacht');
  return t;
}

const contactIds = (t: Transcript) => t.replies.flatMap((r) => r.contacts?.map((c) => c.id) ?? []);
const choiceIds = (t: Transcript) => t.choices.map((c) => c.id.split('/').pop());

describe('klacht-proo (PROOLeiden-Leiderdorp)', () => {
  it('intro: first with the person concerned; who complains?', () => {
    const t = start();
    expect(t.route).toBe('klacht');
    expect(t.text).toContain('in eerste instantie gemeld bij de betreffende persoon zelf');
    expect(choiceIds(t)).toEqual(['ouder', 'leerling', 'medewerker', 'zeden']);
  });

  it('a parent: person → directie or Soraya de la Rie → GGD Hollands Midden → klachtenregeling; tasks for a parent', () => {
    const t = start();
    t.press('ouder');
    expect(t.text).toContain('Eerst bij de betreffende persoon zelf');
    expect(t.text).toContain('directie benaderen (Jan Diebels)');
    expect(t.text).toContain('interne vertrouwenspersoon, Soraya de la Rie');
    expect(t.text).toContain('GGD Hollands Midden (088 - 308 33 42, externevertrouwenspersoon@ggdhm.nl)');
    expect(t.text).toContain('https://www.prooleiden.nl/pagina/54/Klachtenregeling');
    expect(contactIds(t)).toEqual(['jan-diebels', 'soraya-de-la-rie', 'externe-vertrouwenspersoon-ouders']);
    expect(t.phones).toEqual(expect.arrayContaining(['071 572 4242', '088 - 308 33 42']));
    expect(t.text).toContain('informeert daarna over de mogelijke stappen in de informele en formele klachtenregeling');
    expect(t.text).toContain('verwijst zo nodig door naar de externe vertrouwenspersoon');
    expect(t.text).not.toContain('helpt zo nodig bij het zetten van de vervolgstappen');
    t.press('verder');
    expect(t.text).toContain('aangesteld door de directeur-bestuurder');
    expect(t.text).toContain('Cissy van Eede, Onderwijs Advies');
    expect(t.text).toContain('bemiddeling tussen klager en aangeklaagde');
    expect(t.text).toContain('sparringpartner voor de interne vertrouwenspersonen');
    expect(contactIds(t)).toEqual(['externe-vertrouwenspersoon-ouders', 'cissy-van-eede']);
    t.press('verder');
    expect(choiceIds(t)).toEqual(['nee', 'directie', 'misstand', 'zeden', 'hgkm']);
    t.press('nee');
    expect(t.text).toContain('Het bestuur, de directie en de interne en externe vertrouwenspersonen maken er deel van uit');
    expect(t.choices.map((c) => c.id)).toEqual(['route/ongewenst-gedrag-personeel', 'route/sociale-kaart', 'cmd/restart']);
  });

  it('a pupil: leerkracht, IB, directeur or vertrouwenspersoon; tasks for a pupil (parents informed, satisfaction checked)', () => {
    const t = start();
    t.press('leerling');
    expect(t.text).toContain('contact opnemen met de intern begeleider, de directeur (Jan Diebels) of de interne vertrouwenspersoon (Soraya de la Rie)');
    expect(t.text).toContain('helpt zo nodig bij het zetten van de vervolgstappen');
    expect(t.text).toContain('neemt contact op met de ouders/verzorgers als een (ex-)leerling de klager is');
    expect(t.text).toContain('checkt of de klacht naar tevredenheid is afgehandeld');
    expect(contactIds(t)).toEqual(['soraya-de-la-rie', 'jan-diebels', 'intern-begeleider']);
    t.press('verder');
    t.press('verder');
    t.press('directie');
    expect(t.text).toContain('legt de vertrouwenspersoon (Soraya de la Rie) de klacht of informatie neer bij het bestuur');
    expect(contactIds(t)).toEqual(['soraya-de-la-rie', 'bestuur']);
    expect(t.text).toContain('klachtenregeling');
  });

  it('a staff member: directie, Soraya de la Rie, or directly Cissy van Eede; pointed to the formal klachtenregeling', () => {
    const t = start();
    t.press('medewerker');
    expect(t.text).toContain('Cissy van Eede, Onderwijs Advies (079-3295600, c.vaneede@1801.nl)');
    expect(t.text).toContain('wijst de medewerker op de formele klachtenregeling');
    expect(contactIds(t)).toEqual(['jan-diebels', 'soraya-de-la-rie', 'cissy-van-eede']);
    expect(t.phones).toContain('079-3295600');
    t.press('verder');
    t.press('verder');
    t.press('misstand');
    expect(t.text).toContain('doorgeven aan de onderwijsinspectie');
    expect(t.text).toContain('klokkenluidersregeling staat op de website van PROOLeiden-Leiderdorp: https://www.prooleiden.nl/');
    expect(contactIds(t)).toEqual(['bestuur']);
  });

  it('huiselijk geweld of kindermishandeling: the meldcode procedure applies', () => {
    const t = start();
    t.press('ouder');
    t.press('verder');
    t.press('verder');
    t.press('hgkm');
    expect(t.text).toContain('treedt de procedure van de meldcode in werking');
    expect(t.route).toBe('meldcode');
  });

  for (const path of [['zeden'], ['medewerker', 'verder', 'verder', 'zeden']]) {
    it(`zedendelict by staff (${path.join(' → ')}): meldplicht to the bestuur first, then the safety route`, () => {
      const t = start();
      for (const step of path) t.press(step);
      const first = t.replies[0]!;
      expect(first.text).toMatch(/^Meld dit onmiddellijk bij het bestuur van PROOLeiden-Leiderdorp/);
      expect(first.text).toContain('Alleen een tussenpersoon informeren');
      expect(first.contacts?.map((c) => c.id)).toEqual(['bestuur']);
      expect(t.text).toContain('Ook de vertrouwenspersoon (Soraya de la Rie) heeft');
      expect(t.text).toContain('bestuur en (indien nodig) justitie');
      expect(t.route).toBe('misbruik-door-personeel');
    });
  }

  it('English texts resolve', () => {
    const t = start('en');
    t.press('medewerker');
    expect(t.text).toContain('Cissy van Eede');
    t.press('verder');
    expect(t.text).toContain('external confidential adviser');
  });

  it('every step of the dialog was walked', () => {
    const dialog = realContent().content.dialogs.get(dialogId)!;
    expect([...visited].sort()).toEqual(Object.keys(dialog.steps).sort());
  });
});
