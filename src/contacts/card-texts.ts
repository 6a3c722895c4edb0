import type { Locale } from '../content/types.js';
import type { Translate } from '../i18n.js';

/**
 * The few phrases contact cards add around the plan's data, in one language,
 * from the locale tables (`contact.*` keys). The card builder runs inside the
 * pure engine; the composition root hands it these, made once per language.
 */
export interface CardTexts {
  readonly locale: Locale;
  /** Language tag for opening_hours' day names ("nl", "en"). */
  readonly hoursLanguage: string;
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
  readonly weekdays: readonly string[];
  /** The after-hours alternatives: no plan names them, so the text says they are WatNu's suggestion. */
  readonly outsideHours: (names: string) => string;
}

/** Card phrases per language, read from the translator once per language and kept. */
export function cardTextsOf(t: Translate): (locale: Locale) => CardTexts {
  const made = new Map<Locale, CardTexts>();
  return (locale) => {
    let texts = made.get(locale);
    if (!texts) {
      texts = readCardTexts(t, locale);
      made.set(locale, texts);
    }
    return texts;
  };
}

function readCardTexts(t: Translate, locale: Locale): CardTexts {
  const say = (key: string, vars?: Record<string, unknown>) => t(locale, `contact.${key}`, vars);
  return {
    locale,
    hoursLanguage: say('hours-language'),
    hoursLabel: say('hours-label'),
    alwaysOpen: say('always-open'),
    publicHolidaysOff: say('public-holidays-off'),
    publicHolidays: say('public-holidays'),
    openUntil: (when) => say('open-until', { when }),
    openNow: say('open-now'),
    closedUntil: (when) => say('closed-until', { when }),
    closedNow: say('closed-now'),
    today: say('today'),
    tomorrow: say('tomorrow'),
    at: say('at'),
    weekdays: [1, 2, 3, 4, 5, 6, 7].map((day) => say(`weekday.${day}`)),
    outsideHours: (names) => say('outside-hours', { names }),
  };
}
