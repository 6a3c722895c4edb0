import { describe, expect, it } from 'vitest';
import { Transcript } from '../helpers/transcript.js';

/**
 * 'Protocol ongewenst gedrag richting schoolprofessionals' at
 * PROOLeiden-Leiderdorp: steps 1-11, with 'directeur'/'directie' replaced by
 * the bestuur when the directie shows the behaviour or the directeur is the
 * victim.
 */
const school = 'proo-leiden';
const p = 'ongewenst-gedrag-personeel-proo';
const cardIds = (replies: Transcript['all']) => replies.flatMap((r) => (r.contacts ?? []).map((c) => c.id));

/** Walks one chain to its end: 'gestopt' after step 5, or 'terug' through steps 6-11. */
function walk(first: 'ander' | 'directie' | 'directeur-slachtoffer', outcome: 'gestopt' | 'terug', locale: 'nl' | 'en' = 'nl'): Transcript {
  const t = new Transcript(school, { locale });
  t.pressId('route/ongewenst-gedrag-personeel');
  t.press(`intro/${first}`);
  const chain = first === 'ander' ? 'dir' : 'bst';
  t.press(`stap1-2-${chain}/gedaan`);
  t.press(`stap3-${chain}/gedaan`);
  t.press(`stap4-5-${chain}/${outcome}`);
  if (outcome === 'terug') {
    t.press(`stap6-7-${chain}/gedaan`);
    t.press(`stap8-${chain}/gedaan`);
  }
  return t;
}
const allText = (t: Transcript) => t.all.map((r) => r.text).join('\n');

describe('ongewenst-gedrag-personeel-proo', () => {
  it('asks first whether the directie shows the behaviour or the directeur is the victim', () => {
    const t = new Transcript(school);
    t.pressId('route/ongewenst-gedrag-personeel');
    expect(t.text).toContain('Vertoont de directie zelf het gedrag, of is de directeur zelf het slachtoffer?');
    expect(t.text).toContain('het bestuur van PROOLeiden-Leiderdorp in de plaats van de directeur of directie');
    expect(t.choices.map((c) => c.id)).toEqual([`${p}/intro/ander`, `${p}/intro/directie`, `${p}/intro/directeur-slachtoffer`, `${p}/intro/gevaar`]);
  });

  it('directeur chain: steps 1-11 in order, with the directeur, hoor en wederhoor and the Teamleider HR', () => {
    const t = walk('ander', 'terug');
    const text = allText(t);
    const steps = [
      'Stap 1 — Breng voor jezelf duidelijk onder woorden hoe en wanneer jouw grens is overschreden',
      'Stap 2 — Indien gewenst: bespreek het met een naaste collega of de vertrouwenspersoon, Soraya de la Rie',
      'Stap 3 — Licht de directeur in, Jan Diebels (071 572 4242)',
      'Stap 4 — De persoon die het ongewenste gedrag veroorzaakt wordt aangesproken',
      'Stap 5 — Terugkoppeling van het gesprek aan de directie',
      'Stap 6 — Breng opnieuw duidelijk onder woorden hoe en wanneer jouw grens is overschreden',
      'Stap 7 — De directeur, Jan Diebels, wordt op de hoogte gesteld',
      'Stap 8 — Er volgt een (nieuw) gesprek met de directie, jou en de betreffende persoon, geleid door de directie',
      'Stap 9 — Evaluatie van het gesprek tussen de directeur en jou',
      'Stap 10 — Terugkoppeling van de afloop in het werk-/teamoverleg',
      'Stap 11 — Indien nodig wordt het protocol aangepast',
    ];
    let at = -1;
    for (const step of steps) {
      const found = text.indexOf(step);
      expect(found, step).toBeGreaterThan(at);
      at = found;
    }
    expect(text).toContain('incidentenregistratie');
    expect(text).toContain('(tijdelijk) wordt ontzegd');
    expect(text).toContain('in overleg met het bevoegd gezag');
    expect(text).toContain('altijd hoor en wederhoor toegepast en wordt altijd de Teamleider HR betrokken');
    expect(text).toContain('de naam van de veroorzaker wordt niet genoemd');
    expect(text).toContain('Cissy van Eede (079-3295600)');
    expect(text).not.toContain('Licht het bestuur');
    expect(text).not.toContain('Het bestuur neemt dit mee');
    expect(cardIds(t.all)).toEqual(expect.arrayContaining(['jan-diebels', 'soraya-de-la-rie', 'cissy-van-eede']));
    expect(cardIds(t.all)).not.toContain('bestuur');
    expect(t.choices.map((c) => c.id)).toContain('route/klacht');
  });

  it.each(['directie', 'directeur-slachtoffer'] as const)('bestuur chain (%s): every directeur/directie step names the bestuur instead', (first) => {
    const t = walk(first, 'terug');
    const text = allText(t);
    for (const step of [
      'Stap 3 — Licht het bestuur van PROOLeiden-Leiderdorp in',
      'samen met het bestuur, doet het bestuur het alleen',
      'Stap 5 — Terugkoppeling van het gesprek aan het bestuur',
      'Stap 7 — Het bestuur van PROOLeiden-Leiderdorp wordt op de hoogte gesteld',
      'Het bestuur neemt dit mee in de incidentenregistratie',
      'Stap 8 — Er volgt een (nieuw) gesprek met het bestuur, jou en de betreffende persoon, geleid door het bestuur',
      'Stap 9 — Evaluatie van het gesprek tussen het bestuur en jou',
      'Jij als melder en het bestuur bepalen samen de inhoud',
      'altijd hoor en wederhoor toegepast',
    ]) {
      expect(text).toContain(step);
    }
    expect(text).toContain('Het plan geeft geen telefoonnummer van het bestuur');
    expect(text).toContain('legt de vertrouwenspersoon de klacht of informatie bij het bestuur neer');
    // After the first question the directeur is neither named nor offered as a contact.
    const afterIntro = t.all.slice(1).map((r) => r.text).join('\n');
    expect(afterIntro).not.toContain('Jan Diebels');
    expect(afterIntro).not.toMatch(/aan de directie|met de directie|de directeur in/);
    expect(cardIds(t.all)).not.toContain('jan-diebels');
    expect(cardIds(t.all)).toEqual(expect.arrayContaining(['bestuur', 'soraya-de-la-rie', 'cissy-van-eede']));
  });

  it.each([
    ['ander', 'de directie bepalen samen'],
    ['directie', 'het bestuur bepalen samen'],
  ] as const)('behaviour stopped (%s): feedback in the team meeting without the name', (first, who) => {
    const t = walk(first, 'gestopt');
    expect(t.text).toContain('zonder dat de naam van de persoon wordt genoemd');
    expect(t.text).toContain(who);
    expect(t.text).toContain('stap 6 tot en met 11');
    expect(cardIds(t.replies)).toEqual(['cissy-van-eede']);
  });

  it('direct danger: 112 from the sociale kaart, then the same first question', () => {
    const t = new Transcript(school);
    t.pressId('route/ongewenst-gedrag-personeel');
    t.press('intro/gevaar');
    expect(t.replies[0]!.text).toContain('Bel 112');
    expect(t.replies[0]!.contacts?.map((c) => c.id)).toEqual(['politie-112']);
    expect(t.choices.map((c) => c.id)).toEqual([`${p}/na-gevaar/ander`, `${p}/na-gevaar/directie`, `${p}/na-gevaar/directeur-slachtoffer`]);
    t.press('na-gevaar/directie');
    expect(t.text).toContain('het bestuur');
  });

  it('English texts follow the same chains', () => {
    const t = walk('directeur-slachtoffer', 'terug', 'en');
    const text = allText(t);
    expect(text).toContain('Step 3 — Inform the board of PROOLeiden-Leiderdorp');
    expect(text).toContain('Step 11');
    expect(text).toContain('hoor en wederhoor');
  });
});
