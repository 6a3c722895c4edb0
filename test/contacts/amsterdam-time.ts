import { DateTime } from 'luxon';

/** The instant at which Amsterdam clocks show `local` ("2025-01-07T10:15"). */
export function amsterdam(local: string): Date {
  const at = DateTime.fromISO(local, { zone: 'Europe/Amsterdam' });
  if (!at.isValid) throw new Error(`bad local time ${local}`);
  return at.toJSDate();
}
