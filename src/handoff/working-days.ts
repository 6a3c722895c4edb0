import Holidays from 'date-holidays';
import { DateTime, Duration } from 'luxon';

const holidaysByCountry = new Map<string, Holidays>();

function holidays(country: string): Holidays {
  let h = holidaysByCountry.get(country);
  if (!h) {
    h = new Holidays(country);
    holidaysByCountry.set(country, h);
  }
  return h;
}

/** Weekday that is not a Dutch public holiday (date-holidays' "public" type). */
export function isWorkingDay(day: DateTime, country = 'NL'): boolean {
  if (day.weekday > 5) return false;
  const found = holidays(country).isHoliday(day.toJSDate());
  return !(Array.isArray(found) && found.some((h) => h.type === 'public'));
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
