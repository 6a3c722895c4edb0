import type { CardTexts } from './card-texts.js';
import type { OpenState } from './open-state.js';
import { compileHours } from './opening-hours.js';

type PrettifyOptions = Parameters<ReturnType<typeof compileHours>['prettifyValue']>[0];

/** Per set of card phrases (so phrases read from changed locale files never meet old texts), hours → text. */
const schedules = new WeakMap<CardTexts, Map<string, string>>();

/** "ma-vr 08:30-17:00; feestdagen gesloten" / "Mo-Fr 08:30-17:00; closed on public holidays". */
export function scheduleText(hours: string, texts: CardTexts): string {
  let byHours = schedules.get(texts);
  if (!byHours) {
    byHours = new Map();
    schedules.set(texts, byHours);
  }
  let text = byHours.get(hours);
  if (text === undefined) {
    text = describeSchedule(hours, texts);
    byHours.set(hours, text);
  }
  return text;
}

function describeSchedule(hours: string, texts: CardTexts): string {
  if (hours.trim() === '24/7') return texts.alwaysOpen;
  // The bundled typings lag the implementation, which takes the locale under `conf`.
  const options = { conf: { locale: texts.hoursLanguage, date_format: 'short' } } as unknown as PrettifyOptions;
  const pretty = compileHours(hours).prettifyValue(options);
  return pretty.replace(/\bPH off\b/g, texts.publicHolidaysOff).replace(/\bPH\b/g, texts.publicHolidays);
}

/** "Nu bereikbaar, tot 17:00." / "Nu gesloten; weer bereikbaar maandag om 08:30." */
export function stateText(state: OpenState, texts: CardTexts): string {
  const next = state.next;
  if (!next) return state.open ? texts.openNow : texts.closedNow;
  // Closing later today needs only the time; anything else names the day.
  const day = next.daysAhead === 0 ? texts.today : next.daysAhead === 1 ? texts.tomorrow : texts.weekdays[next.weekday - 1];
  const when = state.open && next.daysAhead === 0 ? next.time : `${day} ${texts.at} ${next.time}`;
  return state.open ? texts.openUntil(when) : texts.closedUntil(when);
}
