import { describe, expect, it } from 'vitest';
import { templateKeys } from '../../src/content/calamity-schema.js';
import { listOpenItems } from '../../src/content/open-items.js';
import { realContent } from '../helpers/content.js';
import { cardIds, openHandoff, sendHandoff, suggestsParentsFirst } from '../helpers/protocol-kit.js';
import { Transcript } from '../helpers/transcript.js';

/**
 * One test per critical and major finding of the fidelity review of
 * December 2026 (the fidelity review, findings F01–F12). Each
 * failed on the text before the fix; the plan passage is the authority.
 */
const { content } = realContent();
const start = (school: string, route: string, locale: 'nl' | 'en' = 'nl') => {
  const t = new Transcript(school, { locale });
  t.pressId(`route/${route}`);
  return t;
};
const proo = 'proo-leiden';
const brug = 'sbo-de-brug';
/** De Brug's meldcode up to the question after stap 3. */
const brugStap3 = () => {
  const t = start(brug, 'meldcode');
  t.press('signalen');
  t.press('stap1/gedaan');
  t.press('stap2/gedaan');
  return t;
};

describe('F01 (critical, PROO): where parents must not be tipped off, nothing goes into ParnasSys (visible to parents) before it is agreed', () => {
  const deviation = (text: string) => {
    expect(text).toContain('ParnasSys is inzichtelijk voor ouders/verzorgers');
    expect(text).not.toMatch(/(Leg|leg)[^.\n]*vast in ParnasSys/);
    expect(text).toContain('wijkt WatNu bewust af van het plan');
    expect(text).toContain("'Signaleren'");
    expect(text).toContain("'Signaleren en dossiervorming'");
  };

  it('disclosure: record the facts, agree with the IB/AF and Veilig Thuis where and when; the Veilig Thuis contact nowhere parents can see it', () => {
    const t = start(proo, 'disclosure');
    t.press('direct/verder');
    sendHandoff(t);
    deviation(t.text);
    expect(t.text).toContain('noteer het contact met Veilig Thuis nergens waar ouders het kunnen zien');
    expect(t.replies.at(-1)!.source).toContain('Signaleren en dossiervorming');
  });

  it('eergerelateerd geweld: the same', () => {
    const t = start(proo, 'eergerelateerd');
    t.press('direct/verder');
    sendHandoff(t);
    deviation(t.text);
  });

  it('acute unsafety: the same at the end of the route', () => {
    const t = start(proo, 'acuut');
    t.press('onveilig');
    t.press('wie/niet');
    deviation(t.text);
  });

  it('kindcheck, when a conversation with the parent could endanger the pupil: the same', () => {
    const t = start(proo, 'kindcheck');
    t.press('intro/onveilig');
    sendHandoff(t);
    deviation(t.text);
  });
});

describe('F02 (critical, both): a suspicion against any staff member covers physical abuse and child pornography too', () => {
  it.each([proo, brug])('%s: the first reply names sexual and physical abuse, child pornography, every kind of staff, the bestuur now and 112', (school) => {
    const first = start(school, 'misbruik-door-personeel').replies[0]!;
    for (const words of ['seksueel of fysiek', 'kinderporno', 'leerkracht', 'stagiair', 'vrijwilliger', 'conciërge', 'schoonmaker', 'invaller']) {
      expect(first.text).toContain(words);
    }
    expect(first.text).toMatch(/onmiddellijk bekend bij het bestuur|Meld het onmiddellijk bij het bestuur/);
    expect(first.text).toContain('112');
    // The statutory meldplicht text covers sexual offences; the protocol's steps cover physical abuse as well.
    expect(first.text).toContain('gaat over seksueel misbruik en seksuele intimidatie');
    expect(first.text).toContain('ook bij fysiek misbruik en kinderporno');
    expect(cardIds(start(school, 'misbruik-door-personeel'))).toEqual(expect.arrayContaining(['bestuur', 'vertrouwensinspecteur', 'politie-112']));
  });

  it('English follows', () => {
    const first = start(proo, 'misbruik-door-personeel', 'en').replies[0]!;
    expect(first.text).toContain('sexually or physically');
    expect(first.text).toContain('child pornography');
    expect(first.text).toContain('caretaker');
  });
});

describe('F03 (major, PROO): in acute unsafety the IB/AF and the director report to Veilig Thuis, not the teacher first', () => {
  it('the first reply sends the teacher to the IB/AF and the director, who report at once; no "Meld direct bij Veilig Thuis" to the teacher', () => {
    const first = start(proo, 'acuut').replies[0]!;
    expect(first.text).not.toContain('Meld direct bij Veilig Thuis');
    expect(first.text).toContain('Zij doen direct de melding bij Veilig Thuis Hollands Midden');
    expect(first.text.indexOf('Helen Berendsen')).toBeLessThan(first.text.indexOf('Veilig Thuis'));
    expect(first.text).toContain('Of je dan zelf de melding mag doen, zegt het plan niet');
    expect(cardIds(start(proo, 'acuut')).slice(0, 3)).toEqual(['politie-112', 'helen-berendsen', 'jan-diebels']);
  });

  it('the melden step says who reports, not "Meld direct" to the teacher', () => {
    const t = start(proo, 'acuut');
    t.press('gevaar-nu');
    expect(t.text).not.toContain('Meld direct bij Veilig Thuis');
    expect(t.text).toContain('de intern begeleider doet de melding in samenspraak met de directeur');
  });
});

describe('F04 (major, De Brug): afweging 1 makes sure the bevoegd gezag is informed, as a step, not a button label', () => {
  it('meldcode: the "strong suspicion" button has no hidden condition; the next reply says to inform the bevoegd gezag and that the plan names no actor', () => {
    const t = brugStap3();
    t.press('stap3/gevoerd');
    const button = t.choices.find((c) => c.id.endsWith('/sterk-vermoeden'))!;
    expect(button.label).not.toContain('bevoegd gezag');
    t.press('sterk-vermoeden');
    expect(t.text).toContain('Zorg dat het bevoegd gezag (het bestuur) op de hoogte is');
    expect(t.text).toContain('Het plan zegt niet wie het bevoegd gezag inlicht');
  });

  it.each(['disclosure', 'eergerelateerd'])('%s: after the melding, the bevoegd gezag is mentioned (not as a condition before it)', (route) => {
    const t = start(brug, route);
    t.press('direct/verder');
    const all = [...t.all];
    sendHandoff(t);
    const text = [...all, ...t.all].map((r) => r.text).join('\n');
    expect(text).toContain('bevoegd gezag');
    expect(text.indexOf('bevoegd gezag')).toBeGreaterThan(text.indexOf('melding'));
  });

  it('acute route and the director’s role card name the bevoegd gezag too', () => {
    const t = start(brug, 'acuut');
    t.press('onveilig');
    sendHandoff(t);
    expect(t.all.map((r) => r.text).join('\n')).toContain('bevoegd gezag');
    const r = start(brug, 'rol');
    r.press('directeur');
    expect(r.all.map((x) => x.text).join('\n')).toContain('bevoegd gezag');
  });
});

describe('F05 (major, De Brug): the plan’s "altijd een oudergesprek" is quoted truthfully, and the deviation is named', () => {
  const truthful = (text: string) => {
    expect(text).not.toContain('zegt er niets over');
    expect(text).not.toContain('zegt alleen dat ouders altijd');
    expect(text).toContain('stap 3 altijd een oudergesprek');
    expect(text).toContain('wijk je daarvan af');
  };

  it.each(['disclosure', 'eergerelateerd'])('%s', (route) => {
    const t = start(brug, route);
    t.press('direct/verder');
    sendHandoff(t);
    t.press('vastleggen/gedaan');
    t.press('kindgesprek/gedaan');
    truthful(t.all.map((r) => r.text).join('\n'));
    for (const reply of t.all) expect(suggestsParentsFirst(reply), reply.text).toBe(false);
  });

  it('acute unsafety', () => {
    const t = start(brug, 'acuut');
    t.press('onveilig');
    sendHandoff(t);
    truthful(t.all.map((r) => r.text).join('\n'));
    for (const reply of t.all) expect(suggestsParentsFirst(reply), reply.text).toBe(false);
  });
});

describe('F06 (major, De Brug): after an acute melding, the IB decides with Veilig Thuis when and how the parents are told', () => {
  it('meldcode, afweging 2 "ja": the "ouders worden altijd geïnformeerd" comes with who decides when, and not beforehand by you', () => {
    const t = brugStap3();
    t.press('stap3/gevoerd');
    t.press('sterk-vermoeden');
    t.press('ja-twijfel');
    expect(t.text).toContain('De ouders worden hier altijd over geïnformeerd');
    expect(t.text).toContain('Wanneer en hoe de ouders worden geïnformeerd, bepaalt de intern begeleider met Veilig Thuis Zeeland');
    expect(t.text).toContain('doe het niet zelf vooraf');
  });
});

describe('F07 (major, PROO): on the NEE branch of afweging 2 the next afwegingen are made with Veilig Thuis', () => {
  it('afweging-hulp and hulp-inzetten name the consultation with Veilig Thuis (anonymous is possible)', () => {
    const t = start(proo, 'meldcode');
    t.press('signalen');
    t.press('stap1/gedaan');
    t.press('stap2/gedaan');
    t.press('stap3/blijft');
    sendHandoff(t);
    t.press('afweging-vermoeden/ja');
    t.press('afweging-veiligheid/nee');
    expect(t.text).toMatch(/de afwegingen hierna worden met Veilig Thuis doorlopen/i);
    t.press('afweging-hulp/ja');
    t.press('afweging-accepteren/ja');
    expect(t.all.map((r) => r.text).join('\n')).toContain('Overleg met Veilig Thuis (anoniem mag) over het zelf bieden of organiseren van hulp');
  });
});

describe('F08 (major, De Brug): doubt about safety at stap 3 means a direct melding, urgency acuut', () => {
  it('"Ik twijfel of de leerling veilig is" → direct, now, handoff acuut; no "vandaag"', () => {
    const t = brugStap3();
    t.press('stap3/onveilig');
    expect(openHandoff(t)).toMatchObject({ urgency: 'acuut' });
    expect(t.text).not.toContain('vandaag');
    expect(t.text).toContain('direct, nu');
    const handoff = sendHandoff(t);
    expect(handoff.urgency).toBe('acuut');
    expect(handoff.ask).not.toContain('vandaag');
  });
});

describe('F09 (major, both): no board number in either plan: the gap is said, marked and reported to the school', () => {
  it('PROO: the first reply shows the vertrouwensinspecteur as a consultable fallback; the bestuur card claims nothing the plan does not say', () => {
    const t = start(proo, 'misbruik-door-personeel');
    expect(cardIds(t)).toContain('vertrouwensinspecteur');
    const bestuur = t.replies[0]!.contacts!.find((c) => c.id === 'bestuur')!;
    expect(bestuur.missing).not.toContain('staan op de website');
    expect(bestuur.originNote).toContain('staat niet zo in het plan');
  });

  it.each([proo, brug])('%s: npm run check reports the missing bestuur contact', (school) => {
    const items = listOpenItems(content.schools.get(school)!, content.dialogs);
    expect(items.open.map((i) => i.key)).toContain('no-bestuur-contact:bestuur');
  });
});

describe('F10 (major, PROO): the director’s calamity checklist has the criminal-offence and staff items and the uitgangspunten', () => {
  it('actieplan items and their texts', () => {
    const template = content.calamityTemplates.get('calamiteit')!;
    const actieplan = template.sections.find((s) => s.id === 'actieplan')!;
    expect(actieplan.items).toEqual(
      expect.arrayContaining(['strafbaar-feit', 'grensoverschrijdend-professional', 'informatie-ouders', 'veiligheid-alle-leerlingen', 'extra-maatregelen', 'risicomomenten']),
    );
    const nl = content.locales.nl!;
    expect(nl['calamity.calamiteit.actieplan.strafbaar-feit']).toContain('vertrouwensinspecteur');
    expect(nl['calamity.calamiteit.actieplan.strafbaar-feit']).toContain('aangifte');
    expect(nl['calamity.calamiteit.actieplan.grensoverschrijdend-professional']).toContain('vertrouwensinspecteur');
    for (const { key } of templateKeys(template)) expect(content.locales.en![key], key).toBeTruthy();
  });
});

describe('F11 (major, PROO): the checklist for unwanted behaviour towards staff has hoor en wederhoor and the Teamleider HR, and step 8 in full', () => {
  it('items and texts', () => {
    const template = content.calamityTemplates.get('ongewenst-gedrag-personeel')!;
    expect(template.sections.flatMap((s) => s.items)).toContain('hoor-wederhoor');
    const nl = content.locales.nl!;
    expect(nl['calamity.ongewenst-gedrag-personeel.bij-herhaling.hoor-wederhoor']).toContain('Teamleider HR');
    expect(nl['calamity.ongewenst-gedrag-personeel.bij-herhaling.hoor-wederhoor']).toContain('hoor en wederhoor');
    expect(nl['calamity.ongewenst-gedrag-personeel.bij-herhaling.gesprek-directie']).toContain('verwijdering van het kind');
  });
});

describe('F12 (major): a colleague breaking the gedragscode, without a concrete suspicion of abuse', () => {
  it('PROO: speak to the colleague → the leidinggevende records the signal and shares it with the bestuur; a suspicion goes to the meldplicht', () => {
    const t = start(proo, 'misbruik-door-personeel');
    t.press('direct/gedragscode');
    const text = t.all.map((r) => r.text).join('\n');
    expect(text).toContain('één-op-één in een afgesloten ruimte');
    expect(text).toContain('stel je er vragen over');
    expect(text).toContain('besproken met de leidinggevende');
    t.press('gedragscode-uitleg/niet-gerust');
    expect(t.text).toContain('noteert het signaal en deelt het met het bestuur');
    t.press('gedragscode-leidinggevende/overdragen');
    const handoff = sendHandoff(t);
    expect(handoff).toMatchObject({ to: 'directeur', route: 'misbruik-door-personeel' });
    expect(handoff.ask).toContain('deel het met het bestuur');
  });

  it('PROO: a suspicion after all switches to the meldplicht', () => {
    const t = start(proo, 'misbruik-door-personeel');
    t.press('direct/gedragscode');
    t.press('gedragscode-uitleg/vermoeden');
    expect(t.text).toContain('meldplicht');
  });

  it('De Brug: says honestly that its plan has no gedragscode for staff, and who to ask', () => {
    const t = start(brug, 'misbruik-door-personeel');
    t.press('direct/gedragscode');
    expect(t.text).toContain('Het plan van SBO de Brug heeft geen gedragscode voor medewerkers');
    expect(t.text).toContain('gedragsprotocol op Perspectoniveau');
    expect(cardIds(t)).toContain('directeur');
  });
});
