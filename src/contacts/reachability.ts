import type { Contact, Phone } from '../content/school-schema.js';
import type { HoursClock, OpenState } from './open-state.js';

/** A contact's state now: null when neither the contact nor any of its numbers has hours. */
export function contactOpenNow(contact: Contact, clock: HoursClock): boolean | null {
  if (contact.hours) return clock.isOpen(contact.hours);
  const states = contact.phones.map((phone) => phoneOpenNow(phone, contact, clock)).filter((s) => s !== null);
  return states.length > 0 ? states.some(Boolean) : null;
}

/** A number's state now: its own hours, else the contact's, else null. */
export function phoneOpenNow(phone: Phone, contact: Contact, clock: HoursClock): boolean | null {
  const hours = phone.hours ?? contact.hours;
  return hours ? clock.isOpen(hours) : null;
}

/** The contact-level state with its next change, for the hours text. */
export function contactOpenState(contact: Contact, clock: HoursClock): OpenState | null {
  return contact.hours ? clock.state(contact.hours) : null;
}

/** Reachable numbers first, then numbers without hours, closed numbers last; stable otherwise. */
export function byReachability<T extends { readonly openNow: boolean | null }>(items: readonly T[]): T[] {
  const rank = (item: T) => (item.openNow === true ? 0 : item.openNow === null ? 1 : 2);
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => rank(a.item) - rank(b.item) || a.index - b.index)
    .map(({ item }) => item);
}
