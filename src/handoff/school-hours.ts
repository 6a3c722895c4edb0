import { compileHours } from '../contacts/opening-hours.js';
import { fromWallClock, toWallClock } from '../time/wall-clock.js';

/**
 * `from` plus `minutes` counted only inside the schedule (e.g. school hours
 * "Mo-Fr 08:00-17:00; PH off"), in the school's time zone.
 */
export function addScheduleMinutes(from: Date, minutes: number, spec: string, zone: string): Date {
  const hours = compileHours(spec);
  let left = minutes * 60_000;
  let cursor = toWallClock(from, zone);
  for (let week = 0; week < 26 && left > 0; week++) {
    const until = new Date(cursor.getTime() + 14 * 24 * 3_600_000);
    for (const [start, end] of hours.getOpenIntervals(cursor, until)) {
      const span = end.getTime() - start.getTime();
      if (span >= left) return fromWallClock(new Date(start.getTime() + left), zone);
      left -= span;
    }
    cursor = until;
  }
  throw new Error(`schedule "${spec}" has no open time within half a year`);
}
