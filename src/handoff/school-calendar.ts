import type { School } from '../content/types.js';

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2026-10-17" → "2026 Oct 17" (opening_hours date syntax). */
function ohDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${year} ${months[Number(month) - 1]} ${Number(day)}`;
}

/**
 * The school's hours as an opening_hours rule, with the school's own
 * vacations (school.yaml `calendar.vacations`) off: a "school hours only"
 * wait does not run during a vacation.
 */
export function schoolHoursSpec(school: Pick<School, 'escalation' | 'calendar'>): string {
  const vacations = school.calendar?.vacations ?? [];
  if (vacations.length === 0) return school.escalation.schoolHours;
  return [school.escalation.schoolHours, ...vacations.map((v) => `${ohDate(v.from)}-${ohDate(v.to)} off`)].join('; ');
}
