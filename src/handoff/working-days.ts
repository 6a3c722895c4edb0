import { DateTime, Duration } from 'luxon';
import { compileHours } from '../contacts/opening-hours.js';

/**
 * Working days are the days the school's contacts and school hours already
 * use: Monday to Friday without Dutch public holidays ("PH off" in
 * opening_hours). One holiday calendar for the whole app, so a reminder never
 * falls on a day the contacts show as closed.
 */
const workingDays = 'Mo-Fr 00:00-24:00; PH off';

/** A weekday that is not a Dutch public holiday, judged on the day's own calendar date. */
export function isWorkingDay(day: DateTime): boolean {
  return compileHours(workingDays).getState(new Date(day.year, day.month - 1, day.day, 12));
}

/** `from` plus n working days, same local time, in the school's time zone. */
export function addWorkingDays(from: Date, days: number, zone: string): Date {
  let day = DateTime.fromJSDate(from, { zone });
  let left = days;
  while (left > 0) {
    day = day.plus({ days: 1 });
    if (isWorkingDay(day)) left -= 1;
  }
  return day.toJSDate();
}

/** "5 werkdagen" or an ISO-8601 duration ("P14D", "PT2H"). */
export function dueAfter(from: Date, after: string, zone: string): Date {
  const working = after.match(/^(\d+) werkdagen$/);
  if (working) return addWorkingDays(from, Number(working[1]), zone);
  const duration = Duration.fromISO(after);
  if (!duration.isValid) throw new Error(`invalid duration "${after}"`);
  return DateTime.fromJSDate(from, { zone }).plus(duration).toJSDate();
}
