import { DateTime } from 'luxon';

/**
 * opening_hours evaluates dates in the process's local time zone (the
 * servers run in UTC). These convert an instant to a Date whose *local*
 * fields show the wall-clock time in `zone`, and back.
 */
export function toWallClock(instant: Date, zone: string): Date {
  const w = DateTime.fromJSDate(instant, { zone });
  return new Date(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond);
}

export function fromWallClock(wall: Date, zone: string): Date {
  return DateTime.fromObject(
    {
      year: wall.getFullYear(),
      month: wall.getMonth() + 1,
      day: wall.getDate(),
      hour: wall.getHours(),
      minute: wall.getMinutes(),
      second: wall.getSeconds(),
      millisecond: wall.getMilliseconds(),
    },
    { zone },
  ).toJSDate();
}
