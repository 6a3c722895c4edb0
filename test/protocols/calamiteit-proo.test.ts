import { sendHandoff } from '../helpers/protocol-kit.js';
import { describe, expect, it } from 'vitest';
import { realContent } from '../helpers/content.js';
import type { Transcript } from '../helpers/transcript.js';
import { Walk } from '../helpers/walk.js';

const dialogId = 'calamiteit-proo';
const visited = new Set<string>();


function start(locale: 'nl' | 'en' = 'nl'): Walk {
  const t = new Walk('proo-leiden', dialogId, visited, { locale });
  t.pressId('route/calamiteit');
  return t;
}

const contactIds = (t: Transcript) => t.replies.flatMap((r) => r.contacts?.map((c) => c.id) ?? []);
const choiceIds = (t: Transcript) => t.choices.map((c) => c.id.split('/').pop());


const itemIds = (t: Transcript) => t.replies.flatMap((r) => r.checklist?.items.map((i) => i.id) ?? []);
const items = (t: Transcript) => t.replies.flatMap((r) => r.checklist?.items.map((i) => i.label) ?? []);
const blocks = ['algemeen-advies', 'actieplan', 'gesprekken', 'ondersteuning', 'communicatie', 'vervolg'];

/** Director's path to the overview of the six blocks. */
function toOverview(locale: 'nl' | 'en' = 'nl'): Walk {
  const t = start(locale);
  t.press('directeur');
  return t;
}

describe('calamiteit-proo (PROOLeiden-Leiderdorp)', () => {
  it('intro: calamity management is the director’s task', () => {
    const t = start();
    expect(t.route).toBe('calamiteit');
    expect(t.text).toContain('Calamiteitmanagement is een taak van de directeur');
    expect(choiceIds(t)).toEqual(['directeur', 'medewerker']);
  });

  it('another staff member: pass it to Jan Diebels at once (handoff, hoog)', () => {
    const t = start();
    t.press('medewerker');
    expect(t.text).toContain('Jan Diebels (071 572 4242)');
    expect(contactIds(t)).toEqual(['jan-diebels']);
    expect(t.phones).toContain('071 572 4242');
    const handoff = sendHandoff(t, 'M.N.', '4');
    expect(handoff).toMatchObject({ to: 'directeur', urgency: 'hoog', route: 'calamiteit' });
    expect(handoff?.ask).toContain('calamiteitenplan');
    expect(t.text).toContain('geen uitspraken naar de pers');
    expect(t.choices.map((c) => c.id)).toEqual(['route/sociale-kaart', 'cmd/restart']);
  });

  it('director: definition, afstemming with the directeur-bestuurder, Adviesteam GGD HM 088 - 308 33 42, no fixed order but act fast', () => {
    const t = toOverview();
    expect(t.text).toContain('niet-beoogde of onverwachte gebeurtenis die maatschappelijke onrust veroorzaakt');
    expect(t.text).toContain('Zoek afstemming met de directeur-bestuurder');
    expect(t.text).toContain('Adviesteam calamiteiten en zedenzaken van de GGD HM: 088 - 308 33 42');
    expect(contactIds(t)).toEqual(['bestuur', 'calamiteitenteam-ggd']);
    expect(t.phones).toContain('088 - 308 33 42');
    expect(t.text).toContain('Er is geen juiste volgorde');
    expect(t.text).toContain('onderneem wel snel actie');
    expect(choiceIds(t)).toEqual(blocks);
  });

  it('walks all six blocks in order, with checklists, to the evaluation', () => {
    const t = toOverview();
    t.press('algemeen-advies');
    expect(itemIds(t)).toEqual(['afstemming-bestuurder', 'ondersteuning-vragen', 'taakverdeling', 'school-en-calamiteit', 'crisisteam']);
    expect(items(t)).toContain(
      'Stel bij een grote calamiteit een crisisteam samen: iemand van het bestuur van PROOLeiden-Leiderdorp, iemand met kennis van juridische zaken, de directeur, de leerkracht van de betrokken groep en, indien gewenst, externe deskundigen',
    );
    expect(t.text).toContain('kan niet worden overgedragen');
    expect(t.text).toContain('Omgaan met overlijden en rouw');
    expect(t.text).toContain('Vermissing van een kind');
    expect(choiceIds(t)).toEqual(['volgende', 'overzicht', 'overlijden', 'vermissing', 'misbruik', 'ongewenst']);

    t.press('volgende');
    expect(itemIds(t)).toEqual(['inschatting', 'plan-maken', 'beschrijving', 'maatregelen', 'gesprekken', 'communicatie', 'vervolgacties', 'kennis', 'ervaringen', 'emoties', 'media']);
    expect(items(t)).toContain('In het plan: een korte beschrijving van de calamiteit en een inschatting van de omvang');
    t.press('verder');
    expect(items(t)[0]).toBe('Houd een logboek bij van alle genomen stappen en gevoerde gesprekken');
    expect(itemIds(t)).toHaveLength(6);
    expect(choiceIds(t)).toEqual(['nee', 'strafbaar-feit', 'professional']);
    t.press('nee');
    t.press('volgende');

    expect(items(t)).toContain('Voer gesprekken met direct betrokken ouders/verzorgers altijd met twee schoolprofessionals');
    expect(items(t).join('\n')).toContain('Spreek ouders/verzorgers van verschillende leerlingen apart');
    expect(items(t).join('\n')).toContain('Bewaar alle communicatie en gespreksverslagen in ParnasSys');
    t.press('volgende');

    expect(itemIds(t)).toEqual(['bestuur', 'lokale-organisaties', 'extra-inzet', 'stapeleffect']);
    expect(contactIds(t)).toEqual(['bestuur', 'cjg', 'calamiteitenteam-ggd']);
    t.press('volgende');

    expect(t.text).toContain('Houd rekening met de AVG');
    expect(itemIds(t)).toHaveLength(9);
    expect(items(t).join('\n')).toContain('geen uitspraken naar de pers');
    expect(items(t)).toContain('Informeer de (G)MR apart, omdat die uit schoolprofessionals én ouders/verzorgers bestaat');
    t.press('verder');
    expect(items(t).join('\n')).toContain('De calamiteit klein houden');
    expect(items(t)).toContain('Formeer één aanspreekpunt voor ouders/verzorgers, bij voorkeur de directeur');
    expect(t.text).toContain('risico van escalatie');
    t.press('ja');
    expect(itemIds(t)).toEqual(['informatie', 'slachtoffer', 'aanbod', 'vragen-emoties', 'boosheid', 'externe-professionals', 'media']);
    expect(items(t)).toContain('Het bestuur van PROOLeiden-Leiderdorp communiceert met de media, tenzij anders afgesproken');
    expect(contactIds(t)).toEqual(['bestuur']);
    t.press('volgende');

    expect(items(t)[0]).toBe('Houd tijdens de calamiteit een logboek bij van alle genomen stappen');
    expect(items(t).join('\n')).toContain('deskundigen van de GGD');
    t.press('evaluatie');
    expect(t.text).toContain('evalueer de genomen stappen als de onrust voorbij is');
    expect(t.choices.map((c) => c.id)).toEqual(['route/sociale-kaart', 'cmd/restart']);
  });

  it('actieplan: a suspected criminal offence → directeur-bestuurder, then the vertrouwensinspecteur; aangifte', () => {
    const t = toOverview();
    t.press('actieplan');
    t.press('verder');
    t.press('strafbaar-feit');
    expect(t.text).toContain('Overleg direct met de directeur-bestuurder en daarna met de vertrouwensinspecteur (0900 - 111 3 111)');
    expect(t.text).toContain('aangifte gedaan bij politie of justitie');
    expect(contactIds(t)).toEqual(['bestuur', 'vertrouwensinspecteur']);
    t.press('overzicht');
    expect(choiceIds(t)).toEqual(blocks);
  });

  it('actieplan: boundary-crossing behaviour by a professional → vertrouwensinspecteur; optionally the misbruik protocol', () => {
    const t = toOverview();
    t.press('actieplan');
    t.press('verder');
    t.press('professional');
    expect(t.text).toContain('In afstemming met de inspecteur wordt besloten of er aangifte wordt gedaan');
    expect(contactIds(t)).toEqual(['vertrouwensinspecteur']);
    t.press('verder');
    expect(choiceIds(t)).toEqual(['volgende', 'overzicht']);
    const t2 = toOverview();
    t2.press('actieplan');
    t2.press('verder');
    t2.press('professional');
    t2.press('misbruik');
    expect(t2.route).toBe('misbruik-door-personeel');
  });

  it('every block can be opened from the overview and leads back to it; no parents’ meeting skips the meeting list', () => {
    const t = toOverview();
    t.press('gesprekken');
    t.press('overzicht');
    t.press('ondersteuning');
    t.press('overzicht');
    t.press('communicatie');
    t.press('verder');
    t.press('nee');
    expect(itemIds(t)).toEqual(['externe-professionals', 'media']);
    t.press('overzicht');
    t.press('vervolg');
    t.press('overzicht');
    t.press('algemeen-advies');
    t.press('overzicht');
    expect(choiceIds(t)).toEqual(blocks);
  });

  it('linked protocols: overlijden, vermissing (named, not in the plan), misbruik, ongewenst gedrag', () => {
    const go = (choice: string) => {
      const t = toOverview();
      t.press('algemeen-advies');
      t.press(choice);
      return t;
    };
    expect(go('overlijden').route).toBe('overlijden');
    const missing = go('vermissing');
    expect(missing.route).toBe('vermissing');
    expect(missing.text).toContain('Ik verzin geen stappen');
    expect(contactIds(missing)).toEqual(expect.arrayContaining(['jan-diebels', 'politie-112']));
    expect(go('misbruik').route).toBe('misbruik-door-personeel');
    expect(go('ongewenst').route).toBe('ongewenst-gedrag-personeel');
  });

  it('the six blocks are checklist steps with stable ids (for calamity case management)', () => {
    const dialog = realContent().content.dialogs.get(dialogId)!;
    for (const block of blocks) expect(dialog.steps[block]?.type).toBe('checklist');
  });

  it('English texts resolve', () => {
    const t = toOverview('en');
    expect(t.text).toContain('088 - 308 33 42');
    t.press('gesprekken');
    expect(items(t)).toContain('Always hold conversations with directly involved parents/carers with two school professionals');
  });

  it('every step of the dialog was walked', () => {
    const dialog = realContent().content.dialogs.get(dialogId)!;
    expect([...visited].sort()).toEqual(Object.keys(dialog.steps).sort());
  });
});
