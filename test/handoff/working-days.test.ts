import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { compileHours } from '../../src/contacts/opening-hours.js';
import { dueAfter, isWorkingDay } from '../../src/handoff/working-days.js';

/** "5 werkdagen" (the Veilig Thuis reminder) counts the same days the contacts' "PH off" treats as open. */
const zone = 'Europe/Amsterdam';
const local = (iso: string) => DateTime.fromISO(iso, { zone });

describe('working days', () => {
  it.each([
    ['2027-03-26', false, 'Goede Vrijdag'],
    ['2027-03-29', false, 'Tweede Paasdag'],
    ['2027-04-27', false, 'Koningsdag'],
    ['2027-05-06', false, 'Hemelvaartsdag'],
    ['2027-05-17', false, 'Tweede Pinksterdag'],
    ['2027-12-27', true, 'the Monday after Christmas'],
    ['2026-12-25', false, 'Kerstmis on a Friday'],
    ['2027-01-01', false, 'Nieuwjaarsdag'],
    ['2027-03-27', false, 'a Saturday'],
    ['2027-03-25', true, 'an ordinary Thursday'],
  ])('%s is a working day: %s (%s)', (date, working) => {
    expect(isWorkingDay(local(`${date}T12:00`))).toBe(working);
  });

  it('judges the school\u2019s calendar date, not the server\u2019s: 23:30 on Koningsdag in Amsterdam is still Koningsdag', () => {
    expect(isWorkingDay(local('2027-04-27T23:30'))).toBe(false);
    expect(isWorkingDay(local('2027-04-28T00:30'))).toBe(true);
  });

  it('5 werkdagen from the Thursday before Easter skip Goede Vrijdag and Easter Monday', () => {
    const from = local('2027-03-25T15:00').toJSDate();
    expect(DateTime.fromJSDate(dueAfter(from, '5 werkdagen', zone), { zone }).toISO()).toBe('2027-04-05T15:00:00.000+02:00');
  });

  it('5 werkdagen from the Friday before Koningsdag end on the next Monday but one', () => {
    const from = local('2027-04-23T09:00').toJSDate();
    expect(DateTime.fromJSDate(dueAfter(from, '5 werkdagen', zone), { zone }).toISODate()).toBe('2027-05-03');
  });

  it('agrees day by day with a contact\u2019s "Mo-Fr 08:30-17:00; PH off" for two years', () => {
    const contact = compileHours('Mo-Fr 08:30-17:00; PH off');
    for (let day = local('2027-01-01T12:00'); day.year < 2029; day = day.plus({ days: 1 })) {
      expect([day.toISODate(), isWorkingDay(day)]).toEqual([day.toISODate(), contact.getState(new Date(day.year, day.month - 1, day.day, 12))]);
    }
  });

  it('reads ISO durations and names a bad one', () => {
    expect(dueAfter(new Date('2027-01-04T10:00:00Z'), 'P14D', zone).toISOString()).toBe('2027-01-18T10:00:00.000Z');
    expect(() => dueAfter(new Date(), 'een week', zone)).toThrow('invalid duration "een week"');
  });
});
