import { describe, expect, it } from 'vitest';
import { hoursNotInPlan, lintContactOrigins, valuesNotInPlan, websitePrinted } from '../../src/content/lint-contact-origin.js';
import type { Contact } from '../../src/content/school-schema.js';
import type { School } from '../../src/content/types.js';
import { contactCards } from '../../src/contacts/contact-cards.js';
import { cardTextsIn, realContent } from '../helpers/content.js';

const { content } = realContent();
const schools = [...content.schools.values()];
const planOf = (school: School) => content.sources.get(school.source.doc)!;

describe('every contact value not printed in the school’s own plan says where it comes from', () => {
  it.each(schools.map((s) => [s.id, s] as const))('%s: every unprinted value has an originNote, every inferred hour a hoursNote', (_id, school) => {
    const plan = planOf(school);
    const raw = plan.raw.toLowerCase().replace(/\s+/g, ' ');
    for (const contact of school.contacts.values()) {
      const unprinted = valuesNotInPlan(contact, plan, raw);
      if (unprinted.length > 0) expect(contact.originNote, `${school.id}/${contact.id}: ${unprinted.join(', ')}`).toBeTruthy();
      const inferred = hoursNotInPlan(contact);
      if (inferred.length > 0) expect(contact.hoursNote, `${school.id}/${contact.id}: ${inferred.join(', ')}`).toBeTruthy();
    }
    expect(lintContactOrigins(school, plan)).toEqual([]);
  });

  it('finds what the review found: the PROO board website and the national numbers at De Brug are not in the plans', () => {
    const proo = content.schools.get('proo-leiden')!;
    const brug = content.schools.get('sbo-de-brug')!;
    const rawOf = (s: School) => planOf(s).raw.toLowerCase().replace(/\s+/g, ' ');
    expect(valuesNotInPlan(proo.contacts.get('bestuur')!, planOf(proo), rawOf(proo))).toEqual(['website "https://www.prooleiden.nl/"']);
    for (const id of ['politie-112', 'politie', 'vertrouwensinspecteur', 'kindertelefoon']) {
      expect(valuesNotInPlan(brug.contacts.get(id)!, planOf(brug), rawOf(brug)).length, id).toBeGreaterThan(0);
    }
    // Everything printed in the plan passes: Veilig Thuis Zeeland's number, e-mail and address.
    expect(valuesNotInPlan(brug.contacts.get('veilig-thuis')!, planOf(brug), rawOf(brug))).toEqual([]);
  });

  it('an unmarked value is a content problem naming the file and contact', () => {
    const brug = content.schools.get('sbo-de-brug')!;
    const police = brug.contacts.get('politie')!;
    const { originNote: _dropped, ...unmarked } = police;
    const contacts = new Map(brug.contacts);
    contacts.set('politie', unmarked as Contact);
    expect(lintContactOrigins({ ...brug, contacts }, planOf(brug))).toEqual([
      expect.objectContaining({ code: 'origin-unmarked', file: 'schools/sbo-de-brug/contacts.yaml', at: 'politie', message: expect.stringContaining('"0900-8844"') }),
    ]);
  });

  it('a website is printed only as itself, not as the start of a longer address', () => {
    const raw = 'zie https://www.prooleiden.nl/pagina/54/klachtenregeling en www.kindertelefoon.nl voor meer.';
    expect(websitePrinted('https://www.prooleiden.nl/', raw)).toBe(false);
    expect(websitePrinted('http://www.kindertelefoon.nl/', raw)).toBe(true);
    expect(websitePrinted('https://www.prooleiden.nl/pagina/54/Klachtenregeling', raw)).toBe(true);
  });

  it('"feestdagen gesloten" and "24/7" are readings, not plan text: they need a hoursNote', () => {
    const cjg = content.schools.get('proo-leiden')!.contacts.get('cjg')!;
    expect(hoursNotInPlan(cjg)).toEqual(['public holidays ("PH")']);
    expect(cjg.hoursNote).toContain('aanname van WatNu');
  });

  it('after-hours alternatives are shown as WatNu’s suggestion, not as the plan’s (F18)', () => {
    const proo = content.schools.get('proo-leiden')!;
    const night = new Date('2026-11-24T21:15:00+01:00');
    const [nl] = contactCards(proo, ['sociaal-wijkteam'], night, cardTextsIn('nl')).filter((c) => c.id === 'sociaal-wijkteam');
    expect(nl?.hoursText).toContain('Buiten deze tijden, bij spoed (suggestie van WatNu, staat niet in het plan):');
    const [en] = contactCards(proo, ['sociaal-wijkteam'], night, cardTextsIn('en')).filter((c) => c.id === 'sociaal-wijkteam');
    expect(en?.hoursText).toContain("Outside these hours, if it is urgent (WatNu's suggestion, not in the plan):");
  });
});
