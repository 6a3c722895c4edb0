import { DateTime } from 'luxon';
import { normalise } from '../../text/normalise.js';
import type { Found, Parsed, Validator, ValidatorContext } from './validator.js';

const daysBack: Record<string, number> = { vandaag: 0, today: 0, gisteren: 1, yesterday: 1, eergisteren: 2 };
const datePattern = /(?:^|\s)(\d{4})-(\d{1,2})-(\d{1,2})(?=$|\s)|(?:^|\s)(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{2}|\d{4}))?(?=$|[\s,.])/;

/** The school's calendar day, `back` days ago, as yyyy-mm-dd. */
export function schoolDay(now: Date, zone: string, back = 0): string {
  return DateTime.fromJSDate(now, { zone }).minus({ days: back }).toISODate()!;
}

function fromMatch(match: RegExpExecArray, ctx: ValidatorContext): string | null {
  const today = DateTime.fromJSDate(ctx.now, { zone: ctx.timezone });
  const [year, month, day] = match[1]
    ? [Number(match[1]), Number(match[2]), Number(match[3])]
    : [match[6] ? Number(match[6].length === 2 ? `20${match[6]}` : match[6]) : today.year, Number(match[5]), Number(match[4])];
  const date = DateTime.fromObject({ year, month, day }, { zone: ctx.timezone });
  return date.isValid ? date.toISODate() : null;
}

function dateOf(text: string, ctx: ValidatorContext): Parsed {
  const words = normalise(text);
  const back = words === 'today' || words === 'vandaag' ? 0 : daysBack[words];
  const match = back === undefined ? datePattern.exec(text.trim()) : null;
  const value = back !== undefined ? schoolDay(ctx.now, ctx.timezone, back) : match && match[0].trim() === text.trim() ? fromMatch(match, ctx) : null;
  if (!value) return { ok: false, reason: 'validator.date.invalid' };
  if (value > schoolDay(ctx.now, ctx.timezone)) return { ok: false, reason: 'validator.date.future' };
  return { ok: true, value };
}

/** A day: "vandaag", "gisteren", 24-11-2026, 24/11, 2026-11-24; not in the future. */
export const dateValidator: Validator = {
  free: false,
  parse: dateOf,
  find(text, ctx): Found | null {
    const match = datePattern.exec(text);
    const value = match ? fromMatch(match, ctx) : null;
    return match && value ? { value, start: match.index, end: match.index + match[0].length } : null;
  },
};

const timePattern = /^(\d{1,2})(?:[:.u](\d{2}))?(?:\s*uur)?$/;

/** A time of day: 14:30, 14.30, 14u30, "9 uur", "nu". */
export const timeValidator: Validator = {
  free: false,
  parse(text, ctx) {
    const words = normalise(text);
    if (words === 'nu' || words === 'now') return { ok: true, value: DateTime.fromJSDate(ctx.now, { zone: ctx.timezone }).toFormat('HH:mm') };
    const match = text.trim().toLowerCase().match(timePattern);
    const [hours, minutes] = match ? [Number(match[1]), Number(match[2] ?? '0')] : [NaN, NaN];
    if (!(hours >= 0 && hours < 24 && minutes >= 0 && minutes < 60)) return { ok: false, reason: 'validator.time.invalid' };
    return { ok: true, value: `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}` };
  },
};
