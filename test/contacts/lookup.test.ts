import { describe, expect, it } from 'vitest';
import { lookupContacts, matchIds } from '../../src/contacts/lookup.js';
import type { School } from '../../src/content/types.js';
import { cardTextsIn, realContent } from '../helpers/content.js';
import { amsterdam } from './amsterdam-time.js';

function school(id: string): School {
  const found = realContent().content.schools.get(id);
  if (!found) throw new Error(`no school ${id}`);
  return found;
}

const tuesdayMorning = amsterdam('2025-01-07T10:15');
const ids = (schoolId: string, query: string, now = tuesdayMorning) =>
  lookupContacts(school(schoolId), query, now, cardTextsIn('nl')).map((card) => card.id);
const first = (schoolId: string, query: string) => ids(schoolId, query)[0];

describe('lookup by need', () => {
  it.each([
    ['iemand voor schulden', 'sociaal-wijkteam'],
    ['crisis in een gezin', 'cit'],
    ['jeugdarts', 'rachelle-hoedemakers'],
    ['nummer politie zonder spoed', 'politie'],
    ['politie geen spoed', 'politie'],
    ['wie heeft het nummer van de politie, het is niet dringend', 'politie'],
    ['spoed', 'politie-112'],
    ['huisuitzetting', 'sociaal-wijkteam'],
    ['vertrouwenspersoon voor ouders', 'externe-vertrouwenspersoon-ouders'],
    ['werkgroep kanjertraining', 'sylvia-frankhuizen'],
    ['werkgroep goed gedrag', 'helen-berendsen'],
    ['zedenpolitie', 'sjzp'],
    ['kinderbescherming', 'jeugdbescherming-west'],
    ['wie is de ib', 'intern-begeleider'],
    ['indirecte aandachtsfunctionaris', 'sofie-van-rijn'],
    ['passend onderwijs', 'onderwijsspecialist'],
  ])('PROO: "%s" → %s first', (query, expected) => {
    expect(first('proo-leiden', query)).toBe(expected);
  });

  it('"crisis in een gezin" puts the CIT first and leaves unrelated contacts out', () => {
    const found = ids('proo-leiden', 'crisis in een gezin');
    expect(found[0]).toBe('cit');
    expect(found).not.toContain('kindertelefoon');
    expect(found).not.toContain('sociaal-wijkteam');
  });

  it('"politie zonder spoed" does not lead with 112', () => {
    const found = ids('proo-leiden', 'nummer politie zonder spoed');
    expect(found[0]).toBe('politie');
    expect(found.slice(1)).not.toContain('politie');
  });

  it('finds the jeugdarts through the CJG as well', () => {
    expect(ids('proo-leiden', 'jeugdarts').slice(0, 2)).toEqual(['rachelle-hoedemakers', 'cjg']);
  });
});

describe('fuzzy: typos, missing accents, synonyms, English', () => {
  it.each([
    ['schuldn', 'sociaal-wijkteam'],
    ['geldzorgen', 'sociaal-wijkteam'],
    ['jeugarts', 'rachelle-hoedemakers'],
    ['dokter', 'rachelle-hoedemakers'],
    ['jeugdverpleegkundge', 'mediha-akbulak'],
    ['veilig tuis', 'veilig-thuis'],
    ['veiligthuis', 'veilig-thuis'],
    ['polietie zonder spoed', 'politie'],
    ['pestcoordinator', 'sylvia-frankhuizen'],
    ['Pestcoördinator', 'sylvia-frankhuizen'],
    ['coordinator sociale veiligheid', 'coordinator-sociale-veiligheid'],
    ['kindertelefon', 'kindertelefoon'],
    ['crisis interventie', 'cit'],
    ['soraya', 'soraya-de-la-rie'],
    ['diebels', 'jan-diebels'],
    ['someone for debts', 'sociaal-wijkteam'],
    ['police non-emergency', 'politie'],
    ['school doctor', 'rachelle-hoedemakers'],
  ])('PROO: "%s" → %s first', (query, expected) => {
    expect(first('proo-leiden', query)).toBe(expected);
  });
});

describe('De Brug', () => {
  it('"adres veilig thuis" → Veilig Thuis Zeeland, Westwal 37, 4461 CM Goes', () => {
    const [card] = lookupContacts(school('sbo-de-brug'), 'adres veilig thuis', tuesdayMorning, cardTextsIn('nl'));
    expect(card?.id).toBe('veilig-thuis');
    expect(card?.name).toBe('Veilig Thuis Zeeland');
    expect(card?.address).toBe('Westwal 37, 4461 CM Goes');
  });

  it.each([
    ['jeugdarts', 'jeugdarts'],
    ['schoolmaatschappelijk werk', 'schoolmaatschappelijk-werk'],
    ['smw', 'schoolmaatschappelijk-werk'],
    ['aandachtsfunctionaris', 'rick-lambert'],
    ['veiligheidscoördinator', 'rick-lambert'],
    ['gedragscoordinator', 'gedragscoordinator'],
    ['orthopedagoog', 'orthopedagoog'],
    ['vertrouwenspersoon', 'vertrouwenspersoon'],
  ])('"%s" → %s first', (query, expected) => {
    expect(first('sbo-de-brug', query)).toBe(expected);
  });
});

describe('an unknown need never answers nothing', () => {
  it.each(['de printer is kapot', 'xyzzy', '', '   ', 'wie moet ik bellen?'])('"%s" → the IB and the general numbers', (query) => {
    expect(matchIds(school('proo-leiden'), query)).toEqual([]);
    expect(ids('proo-leiden', query)).toEqual(['intern-begeleider', 'school-algemeen', 'veilig-thuis', 'politie-112']);
  });

  it('at De Brug too (no general number in that plan)', () => {
    expect(ids('sbo-de-brug', 'de printer is kapot')).toEqual(['intern-begeleider', 'veilig-thuis', 'politie-112']);
  });
});

describe('reachable now first', () => {
  it('"jeugdteam" at 22:00 → the after-hours alternatives before the closed Jeugdteam', () => {
    expect(ids('proo-leiden', 'jeugdteam', amsterdam('2025-01-07T22:00'))).toEqual(['cit', 'veilig-thuis', 'politie-112', 'jeugdteam']);
  });

  it('"crisis in een gezin" at 22:15 → CIT with the after-hours number first', () => {
    const [cit] = lookupContacts(school('proo-leiden'), 'crisis in een gezin', amsterdam('2025-01-07T22:15'), cardTextsIn('nl'));
    expect(cit?.id).toBe('cit');
    expect(cit?.phones[0]?.number).toBe('088 9004000');
  });

  it('"schulden" on a Sunday → sociaal wijkteam closed, after its alternatives', () => {
    const cards = lookupContacts(school('proo-leiden'), 'schulden', amsterdam('2025-01-12T14:00'), cardTextsIn('nl'));
    const swt = cards.find((card) => card.id === 'sociaal-wijkteam');
    expect(swt?.openNow).toBe(false);
    expect(cards[0]?.openNow).toBe(true);
    expect(cards.map((card) => card.id).indexOf('sociaal-wijkteam')).toBe(cards.length - 1);
  });
});
