import type { Request } from 'express';
import { WatnuError } from '../errors.js';

export const devClockHeader = 'x-watnu-now';

/**
 * The time a request is handled at: the real clock, or with WATNU_DEV_CLOCK=1
 * the ISO time in the X-WatNu-Now header (tests of hours and reminders).
 */
export function requestTime(req: Request, devClock: boolean, clock: () => Date): Date {
  const header = req.header(devClockHeader);
  if (!devClock || header === undefined) return clock();
  const at = new Date(header);
  if (Number.isNaN(at.getTime()) || !/^\d{4}-\d{2}-\d{2}T/.test(header)) {
    throw new WatnuError('REQUEST_INVALID', 'X-WatNu-Now must be an ISO 8601 date-time', ['X-WatNu-Now']);
  }
  return at;
}
