import type { Locale } from '../content/types.js';

/**
 * The few phrases contact cards add around the plan's data. They live with
 * the card builder (which runs inside the pure engine without a translator);
 * the Locale-keyed record makes a missing translation a type error.
 */
export interface CardTexts {
  /** Language tag for opening_hours' day names and for Intl. */
  readonly tag: string;
  readonly hoursLabel: string;
  readonly alwaysOpen: string;
  readonly publicHolidaysOff: string;
  readonly publicHolidays: string;
  readonly openUntil: (when: string) => string;
  readonly openNow: string;
  readonly closedUntil: (when: string) => string;
  readonly closedNow: string;
  readonly today: string;
  readonly tomorrow: string;
  readonly at: string;
  /** Monday first. */
  readonly weekdays: readonly [string, string, string, string, string, string, string];
  /** The after-hours alternatives: no plan names them, so the text says they are WatNu's suggestion. */
  readonly outsideHours: (names: string) => string;
}

export const cardTexts: Record<'nl' | 'en', CardTexts> = {
  nl: {
    tag: 'nl',
    hoursLabel: 'Bereikbaar',
    alwaysOpen: 'dag en nacht',
    publicHolidaysOff: 'feestdagen gesloten',
    publicHolidays: 'feestdagen',
    openUntil: (when) => `Nu bereikbaar, tot ${when}.`,
    openNow: 'Nu bereikbaar.',
    closedUntil: (when) => `Nu gesloten; weer bereikbaar ${when}.`,
    closedNow: 'Nu gesloten.',
    today: 'vandaag',
    tomorrow: 'morgen',
    at: 'om',
    weekdays: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
    outsideHours: (names) => `Buiten deze tijden, bij spoed (suggestie van WatNu, staat niet in het plan): ${names}.`,
  },
  en: {
    tag: 'en',
    hoursLabel: 'Hours',
    alwaysOpen: 'day and night',
    publicHolidaysOff: 'closed on public holidays',
    publicHolidays: 'public holidays',
    openUntil: (when) => `Reachable now, until ${when}.`,
    openNow: 'Reachable now.',
    closedUntil: (when) => `Closed now; reachable again ${when}.`,
    closedNow: 'Closed now.',
    today: 'today',
    tomorrow: 'tomorrow',
    at: 'at',
    weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    outsideHours: (names) => `Outside these hours, if it is urgent (WatNu's suggestion, not in the plan): ${names}.`,
  },
};

/**
 * The card phrases of a language. These phrases are still in code, for Dutch
 * and English only: another language gets the English phrases around the
 * plan's data until they move into locale files.
 */
export function cardTextsFor(locale: Locale): CardTexts {
  return locale === 'nl' || locale === 'en' ? cardTexts[locale] : cardTexts.en;
}
