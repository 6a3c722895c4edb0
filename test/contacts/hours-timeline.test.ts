import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wallState } from '../../src/contacts/hours-timeline.js';
import { compileHours } from '../../src/contacts/opening-hours.js';
import { toWallClock } from '../../src/time/wall-clock.js';
import { realContent } from '../helpers/content.js';

const week = 7 * 24 * 3_600_000;

/** Every hours value in the contacts files, plus shapes they may grow into. */
const values = [
  ...new Set(
    [...realContent().content.schools.values()].flatMap((school) =>
      [...school.contacts.values()].flatMap((c) => [c.hours, ...c.phones.map((p) => p.hours)]).filter((h) => h !== undefined),
    ),
  ),
  'Mo-Th 09:00-12:00,13:00-16:30; Fr 09:00-12:00; PH off',
  'Mo-Fr 17:00-08:30; Sa,Su,PH 00:00-24:00',
  'Sa 10:00-14:00',
];

describe('the hours timeline answers exactly what opening_hours answers', () => {
  it('covers the hours used in the contacts files', () => {
    expect(values).toContain('Mo-Fr 08:30-17:00; PH off');
    expect(values).toContain('24/7');
  });

  it('open now and next change agree at any instant 2024-2027, read in Amsterdam', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...values),
        fc.date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true }),
        (hours, instant) => {
          const wall = toWallClock(instant, 'Europe/Amsterdam');
          const schedule = compileHours(hours);
          const expectedNext = schedule.getNextChange(wall, new Date(wall.getTime() + week));
          const actual = wallState(hours, wall);
          expect(actual.open).toBe(schedule.getState(wall));
          expect(actual.next?.getTime()).toBe(expectedNext?.getTime());
        },
      ),
      { numRuns: 600, seed: 20250107 },
    );
  });

  it('agrees minute by minute around the 08:30 and 17:00 edges', () => {
    for (const local of ['2025-01-07T08:29:00', '2025-01-07T08:30:00', '2025-01-07T16:59:59', '2025-01-07T17:00:00']) {
      const wall = new Date(local);
      for (const hours of values) expect(wallState(hours, wall).open).toBe(compileHours(hours).getState(wall));
    }
  });
});
