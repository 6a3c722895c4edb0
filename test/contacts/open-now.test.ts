import { describe, expect, it } from 'vitest';
import { contactCards } from '../../src/contacts/contact-cards.js';
import { openState } from '../../src/contacts/open-state.js';
import type { School } from '../../src/content/types.js';
import { cardTextsIn, realContent } from '../helpers/content.js';
import { amsterdam } from './amsterdam-time.js';

const zone = 'Europe/Amsterdam';
const workingHours = 'Mo-Fr 08:30-17:00; PH off';

function school(id: string): School {
  const found = realContent().content.schools.get(id);
  if (!found) throw new Error(`no school ${id}`);
  return found;
}

const proo = () => school('proo-leiden');

describe('open now, read on the Amsterdam wall clock whatever the server zone', () => {
  // Winter (CET, UTC+1) and summer (CEST, UTC+2): a UTC reading would be off by one or two hours.
  it.each([
    ['2025-01-07T08:29', false],
    ['2025-01-07T08:30', true],
    ['2025-01-07T16:59', true],
    ['2025-01-07T17:00', false],
    ['2025-07-08T08:29', false],
    ['2025-07-08T08:30', true],
    ['2025-07-08T16:59', true],
    ['2025-07-08T17:00', false],
    // The Monday after the switch to summer time, and the Monday after the switch back.
    ['2025-03-31T08:30', true],
    ['2025-03-31T08:29', false],
    ['2025-10-27T16:59', true],
    ['2025-10-27T17:00', false],
  ])('werkdagen 8.30-17.00 at %s Amsterdam time → open %s', (local, open) => {
    expect(openState(workingHours, amsterdam(local), zone).open).toBe(open);
  });

  it('is closed on Dutch public holidays with "PH off" (Christmas on a Thursday, Koningsdag on a Monday)', () => {
    expect(openState(workingHours, amsterdam('2025-12-25T10:00'), zone).open).toBe(false);
    expect(openState(workingHours, amsterdam('2026-04-27T10:00'), zone).open).toBe(false);
    expect(openState(workingHours, amsterdam('2026-04-28T10:00'), zone).open).toBe(true);
  });

  it('says when the state changes next, on the school calendar', () => {
    expect(openState(workingHours, amsterdam('2025-01-11T12:00'), zone)).toEqual({ open: false, next: { daysAhead: 2, weekday: 1, time: '08:30' } });
    expect(openState(workingHours, amsterdam('2025-07-08T16:59'), zone)).toEqual({ open: true, next: { daysAhead: 0, weekday: 2, time: '17:00' } });
    expect(openState(workingHours, amsterdam('2025-07-08T23:30'), zone)).toEqual({ open: false, next: { daysAhead: 1, weekday: 3, time: '08:30' } });
    // Friday evening before Easter Monday (a public holiday): next opening is Tuesday.
    expect(openState(workingHours, amsterdam('2025-04-17T18:00'), zone).next).toEqual({ daysAhead: 5, weekday: 2, time: '08:30' });
  });

  it('has no next change for 24/7', () => {
    expect(openState('24/7', amsterdam('2025-01-11T03:00'), zone)).toEqual({ open: true });
  });
});

describe('CIT: the number that is reachable now comes first', () => {
  it('Tuesday 10:15 → 088 3083800 (office hours) first', () => {
    const [cit] = contactCards(proo(), ['cit'], amsterdam('2025-01-07T10:15'), cardTextsIn('nl'));
    expect(cit?.phones.map((p) => [p.number, p.openNow])).toEqual([
      ['088 3083800', true],
      ['088 9004000', false],
    ]);
    expect(cit?.openNow).toBe(true);
  });

  it('Tuesday 22:15 → 088 9004000 (buiten kantoortijden) first', () => {
    const [cit] = contactCards(proo(), ['cit'], amsterdam('2025-01-07T22:15'), cardTextsIn('nl'));
    expect(cit?.phones.map((p) => [p.number, p.openNow])).toEqual([
      ['088 9004000', true],
      ['088 3083800', false],
    ]);
    expect(cit?.openNow).toBe(true);
  });

  it('in summer time too: 17:05 CEST is after hours', () => {
    const [cit] = contactCards(proo(), ['cit'], amsterdam('2025-07-08T17:05'), cardTextsIn('nl'));
    expect(cit?.phones[0]?.number).toBe('088 9004000');
  });

  it('Saturday and public holidays → the after-hours number first', () => {
    for (const local of ['2025-01-11T10:15', '2025-12-25T10:15']) {
      const [cit] = contactCards(proo(), ['cit'], amsterdam(local), cardTextsIn('nl'));
      expect(cit?.phones[0]?.number).toBe('088 9004000');
    }
  });
});

describe('a closed contact is never the only answer', () => {
  it('Jeugdteam on a Saturday → closed, after CIT, Veilig Thuis and 112', () => {
    const cards = contactCards(proo(), ['jeugdteam'], amsterdam('2025-01-11T11:00'), cardTextsIn('nl'));
    expect(cards.map((c) => c.id)).toEqual(['cit', 'veilig-thuis', 'politie-112', 'jeugdteam']);
    const jeugdteam = cards.at(-1)!;
    expect(jeugdteam.openNow).toBe(false);
    expect(jeugdteam.alternatives).toEqual(['cit', 'veilig-thuis', 'politie-112']);
    expect(cards.slice(0, 3).every((c) => c.alternativeFor === 'jeugdteam' && c.openNow === true)).toBe(true);
    expect(jeugdteam.hoursText).toContain('Nu gesloten; weer bereikbaar maandag om 08:30.');
    expect(jeugdteam.hoursText).toContain('Crisis Interventie Team (CIT): 088 9004000');
    expect(jeugdteam.hoursText).toContain('Veilig Thuis Hollands Midden: 0800 - 2000');
  });

  it('Jeugdteam on a Tuesday morning → open, shown alone', () => {
    const cards = contactCards(proo(), ['jeugdteam'], amsterdam('2025-01-07T10:00'), cardTextsIn('nl'));
    expect(cards.map((c) => [c.id, c.openNow])).toEqual([['jeugdteam', true]]);
    expect(cards[0]?.hoursText).toBe('Bereikbaar: ma-vr 08:30-17:00; feestdagen gesloten. Nu bereikbaar, tot 17:00.');
    expect(cards[0]?.alternatives).toBeUndefined();
  });

  it('the after-hours alternatives are not repeated when the step lists them too', () => {
    const cards = contactCards(proo(), ['jeugdteam', 'veilig-thuis', 'role:aandachtsfunctionaris'], amsterdam('2025-01-07T22:15'), cardTextsIn('nl'));
    expect(cards.map((c) => c.id)).toEqual(['cit', 'veilig-thuis', 'politie-112', 'jeugdteam', 'helen-berendsen']);
  });

  it('Veilig Thuis is always reachable, with the note that the plan does not say so', () => {
    const [vt] = contactCards(proo(), ['veilig-thuis'], amsterdam('2025-01-12T03:00'), cardTextsIn('nl'));
    expect(vt?.openNow).toBe(true);
    expect(vt?.hoursText).toBe('Bereikbaar: dag en nacht. Nu bereikbaar.');
    expect(vt?.hoursNote).toContain('staat niet in het plan');
  });

  it('contacts without hours in the plan say nothing about now', () => {
    const [helen] = contactCards(proo(), ['role:aandachtsfunctionaris'], amsterdam('2025-01-12T03:00'), cardTextsIn('nl'));
    expect(helen?.openNow).toBeNull();
    expect(helen?.phones[0]?.openNow).toBeNull();
    expect(helen?.hoursText).toBeUndefined();
  });

  it('a number inherits the contact hours (CJG) and speaks English for English users', () => {
    const cards = contactCards(proo(), ['cjg'], amsterdam('2025-01-10T17:30'), cardTextsIn('en'));
    expect(cards.map((c) => c.id)).toEqual(['veilig-thuis', 'politie-112', 'cjg']);
    const cjg = cards.at(-1);
    expect(cjg?.phones[0]?.openNow).toBe(false);
    expect(cjg?.hoursText).toBe(
      'Hours: Mo-Fr 08:00-17:00; closed on public holidays. Closed now; reachable again Monday at 08:00. ' +
        "Outside these hours, if it is urgent (WatNu's suggestion, not in the plan): Veilig Thuis Hollands Midden: 0800 - 2000; Politie, brandweer, ambulance (spoed): 112.",
    );
  });

  it('national numbers shown at De Brug carry their origin note', () => {
    const [police] = contactCards(school('sbo-de-brug'), ['politie-112'], amsterdam('2025-01-07T10:00'), cardTextsIn('nl'));
    expect(police?.originNote).toContain('staat niet in het plan van SBO de Brug');
    expect(police?.phones[0]?.uri).toBe('tel:112');
  });

  it('unknown refs and roles are skipped, duplicates shown once', () => {
    const cards = contactCards(proo(), ['role:nobody', 'nope', 'cit', 'cit'], amsterdam('2025-01-07T10:00'), cardTextsIn('nl'));
    expect(cards.map((c) => c.id)).toEqual(['cit']);
  });
});
