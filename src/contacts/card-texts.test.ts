import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n.js';
import { cardTextsOf } from './card-texts.js';
import { scheduleText, stateText } from './hours-text.js';

const nl = {
  'contact.hours-language': 'nl',
  'contact.hours-label': 'Bereikbaar',
  'contact.open-until': 'Nu bereikbaar, tot {{when}}.',
  'contact.closed-until': 'Nu gesloten; weer bereikbaar {{when}}.',
  'contact.at': 'om',
  'contact.weekday.1': 'maandag',
};
// A language a board adds to locales/ with only some of the card phrases.
const fy = { 'contact.closed-until': 'No ticht; wer te berikken {{when}}.', 'contact.weekday.1': 'moandei' };

describe('contact card phrases come from the locale tables', () => {
  const texts = cardTextsOf(createTranslator({ nl, fy }, 'nl'));

  it('reads each phrase in the language asked for, filling the time in', () => {
    expect(texts('nl').openUntil('17:00')).toBe('Nu bereikbaar, tot 17:00.');
    expect(stateText({ open: false, next: { daysAhead: 3, weekday: 1, time: '08:30' } }, texts('fy'))).toBe('No ticht; wer te berikken moandei om 08:30.');
  });

  it('takes a phrase the language lacks from the default language', () => {
    expect(texts('fy').hoursLabel).toBe('Bereikbaar');
    expect(texts('fy').hoursLanguage).toBe('nl');
  });

  it('makes the phrases once per language', () => {
    expect(texts('nl')).toBe(texts('nl'));
  });

  it('a schedule text is kept per set of phrases: changed locale tables are never answered from the old ones', () => {
    const before = cardTextsOf(createTranslator({ nl: { ...nl, 'contact.always-open': 'dag en nacht' } }, 'nl'))('nl');
    const after = cardTextsOf(createTranslator({ nl: { ...nl, 'contact.always-open': 'altijd' } }, 'nl'))('nl');
    expect(scheduleText('24/7', before)).toBe('dag en nacht');
    expect(scheduleText('24/7', after)).toBe('altijd');
  });
});
