import { describe, expect, it } from 'vitest';
import type { School } from '../../src/content/types.js';
import { escalationDueAt } from '../../src/handoff/escalation-policy.js';
import { realContent } from '../helpers/content.js';

/** A school's own vacations (school.yaml `calendar.vacations`) stop "school hours only" waits. */
const seed = realContent().content.schools.get('proo-leiden')!;
const friday = new Date('2026-10-16T16:00:00+02:00');

describe('school calendar', () => {
  it('without vacations, a normaal reminder falls on the next Monday', () => {
    expect(escalationDueAt(seed, 'normaal', 'remind', friday).toISOString()).toBe('2026-10-19T09:00:00.000Z');
  });

  it('a vacation moves it to the first school day after the vacation', () => {
    const school: School = { ...seed, calendar: { holidayRegion: 'south', vacations: [{ name: 'Herfstvakantie', from: '2026-10-17', to: '2026-10-25' }] } };
    expect(escalationDueAt(school, 'normaal', 'remind', friday).toISOString()).toBe('2026-10-26T10:00:00.000Z');
  });
});
