import type { Urgency } from '../content/dialog-schema.js';
import type { School } from '../content/types.js';
import { addScheduleMinutes } from './school-hours.js';
import { schoolHoursSpec } from './school-calendar.js';

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
  return addScheduleMinutes(from, minutes, schoolHoursSpec(school), school.timezone);
}

/** How long a handoff may take to reach its Teams or Slack channel, when school.yaml does not say. */
export const defaultDeliveryWindowMinutes: Readonly<Record<Urgency, number>> = { acuut: 1, hoog: 15, normaal: 60 };

/**
 * When a handoff that has not reached its channel fails over to the next
 * level: acuut after a minute, hoog after 15, normaal after the next school
 * hour (school hours only, like its escalations).
 */
export function deliveryDeadline(school: School, urgency: Urgency, from: Date): Date {
  const step = school.escalation[urgency];
  const minutes = step.deliverWithinMinutes ?? defaultDeliveryWindowMinutes[urgency];
  if (!step.schoolHoursOnly) return new Date(from.getTime() + minutes * 60_000);
  return addScheduleMinutes(from, minutes, schoolHoursSpec(school), school.timezone);
}
