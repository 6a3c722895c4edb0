import type { Urgency } from '../content/dialog-schema.js';
import type { School } from '../content/types.js';
import { addScheduleMinutes } from './school-hours.js';

/**
 * When the next escalation moment falls: `remind` after the first wait,
 * `escalate` after each further wait. For urgencies marked schoolHoursOnly
 * (by default `normaal`) only school hours count, so a Friday 16:45 handoff
 * is not escalated to the director on Saturday night.
 */
export function escalationDueAt(school: School, urgency: Urgency, what: 'remind' | 'escalate', from: Date): Date {
  const step = school.escalation[urgency];
  const minutes = what === 'remind' ? step.remindAfterMinutes : step.escalateAfterMinutes;
  if (!step.schoolHoursOnly) return new Date(from.getTime() + minutes * 60_000);
  return addScheduleMinutes(from, minutes, school.escalation.schoolHours, school.timezone);
}
