import { randomUUID } from 'node:crypto';
import { cardTextsOf } from '../contacts/card-texts.js';
import { contactCards } from '../contacts/contact-cards.js';
import { lookupContacts } from '../contacts/lookup.js';
import type { Content } from '../content/types.js';
import type { EngineContext, TriageResult } from '../engine/context.js';
import type { Translate } from '../i18n.js';
import { dueAfter } from '../handoff/working-days.js';
import type { Locale } from '../content/types.js';
import { recogniseModuleCommand } from './module-commands.js';

/** Binds content, translator and triage into the pure engine's context for one moment. */
export function engineContextFactory(
  content: Content,
  t: Translate,
  triage: (text: string, locale: Locale) => TriageResult,
): (now: Date) => EngineContext {
  const cardTexts = cardTextsOf(t);
  return (now) => ({
    content,
    now,
    t,
    triage,
    contactCards: (school, refs, at, locale) => contactCards(school, refs, at, cardTexts(locale)),
    lookupContacts: (school, query, at, locale) => lookupContacts(school, query, at, cardTexts(locale)),
    dueAfter: (school, after, from) => dueAfter(from, after, school.timezone),
    newId: randomUUID,
    moduleCommand: recogniseModuleCommand,
  });
}
