import type { Contact } from '../content/school-schema.js';
import type { School } from '../content/types.js';
import type { ContactCard, PhoneView } from '../engine/types.js';
import { type ShowEntry, showingOrder } from './after-hours.js';
import type { CardTexts } from './card-texts.js';
import { scheduleText, stateText } from './hours-text.js';
import { type HoursClock, hoursClock } from './open-state.js';
import { byReachability, contactOpenNow, contactOpenState, phoneOpenNow } from './reachability.js';
import { telUri } from './tel-uri.js';

export { telUri } from './tel-uri.js';

/** The moment (on the school's clock) and language a card is built for. */
export interface CardMoment {
  readonly clock: HoursClock;
  readonly texts: CardTexts;
}

/** Contact id for `role:<role>` or a contact id; undefined when the school has neither. */
export function resolveRef(school: School, ref: string): string | undefined {
  const id = ref.startsWith('role:') ? school.roles[ref.slice(5)] : ref;
  return id !== undefined && school.contacts.has(id) ? id : undefined;
}

/**
 * Resolves `role:<role>` and contact ids to neutral contact cards in the order
 * given, without duplicates; a contact that is closed now comes after its
 * reachable after-hours alternatives.
 */
export function contactCards(school: School, refs: readonly string[], now: Date, texts: CardTexts): ContactCard[] {
  const ids = refs.map((ref) => resolveRef(school, ref)).filter((id) => id !== undefined);
  const clock = hoursClock(now, school.timezone);
  return cardsInOrder(school, showingOrder(school, ids, clock), { clock, texts });
}

/** Cards for a showing order (see showingOrder), all ids known to the school. */
export function cardsInOrder(school: School, order: readonly ShowEntry[], moment: CardMoment): ContactCard[] {
  return order.map((entry) =>
    toCard(school.contacts.get(entry.id)!, moment, {
      ...(entry.alternativeFor ? { alternativeFor: entry.alternativeFor } : {}),
      alternatives: (entry.alternatives ?? []).map((id) => school.contacts.get(id)).filter((c) => c !== undefined),
    }),
  );
}

export interface CardPlacement {
  /** Shown because the contact with this id is closed now. */
  readonly alternativeFor?: string;
  /** Shown before this card because it is closed now. */
  readonly alternatives?: readonly Contact[];
}

export function toCard(contact: Contact, moment: CardMoment, placement: CardPlacement = {}): ContactCard {
  const { clock, texts } = moment;
  const phones: PhoneView[] = contact.phones.map((p) => ({
    number: p.number,
    uri: telUri(p.number),
    ...(p.label ? { label: p.label } : {}),
    openNow: phoneOpenNow(p, contact, clock),
    ...(p.hours ? { hoursText: scheduleText(p.hours, texts) } : {}),
  }));
  const alternatives = placement.alternatives ?? [];
  const hoursText = describeHours(contact, moment, alternatives);
  return {
    id: contact.id,
    name: contact.name,
    ...(contact.organisation ? { organisation: contact.organisation } : {}),
    ...(contact.description ? { description: contact.description } : {}),
    phones: byReachability(phones),
    ...(contact.email ? { email: contact.email } : {}),
    ...(contact.website ? { website: contact.website } : {}),
    ...(contact.address ? { address: contact.address } : {}),
    ...(contact.hours ? { hours: contact.hours } : {}),
    openNow: contactOpenNow(contact, clock),
    ...(hoursText ? { hoursText } : {}),
    ...(contact.hoursNote ? { hoursNote: contact.hoursNote } : {}),
    ...(contact.originNote ? { originNote: contact.originNote } : {}),
    ...(placement.alternativeFor ? { alternativeFor: placement.alternativeFor } : {}),
    ...(alternatives.length > 0 ? { alternatives: alternatives.map((alt) => alt.id) } : {}),
    ...(contact.missing ? { missing: contact.missing } : {}),
    source: contact.source.section,
  };
}

/** "Bereikbaar: ma-vr 08:30-17:00. Nu gesloten; weer bereikbaar maandag om 08:30. Buiten deze tijden, bij spoed (suggestie van WatNu …): …" */
function describeHours(contact: Contact, moment: CardMoment, alternatives: readonly Contact[]): string | undefined {
  const state = contactOpenState(contact, moment.clock);
  if (!contact.hours || !state) return undefined;
  const { texts } = moment;
  const parts = [`${texts.hoursLabel}: ${scheduleText(contact.hours, texts)}.`, stateText(state, texts)];
  if (!state.open && alternatives.length > 0) {
    parts.push(texts.outsideHours(alternatives.map((alt) => reachableNumber(alt, moment.clock)).join('; ')));
  }
  return parts.join(' ');
}

/** "Veilig Thuis Hollands Midden: 0800 - 2000", with the number that is reachable now. */
function reachableNumber(contact: Contact, clock: HoursClock): string {
  const phones = byReachability(contact.phones.map((p) => ({ number: p.number, openNow: phoneOpenNow(p, contact, clock) })));
  const phone = phones.find((p) => p.openNow !== false);
  return phone ? `${contact.name}: ${phone.number}` : contact.name;
}
