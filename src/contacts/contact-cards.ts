import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { Contact } from '../content/school-schema.js';
import type { Locale, School } from '../content/types.js';
import type { ContactCard, PhoneView } from '../engine/types.js';

export function telUri(number: string): string {
  const compact = number.replace(/[\s-]/g, '');
  if (/^\d{3}$/.test(compact)) return `tel:${compact}`;
  return parsePhoneNumberFromString(number, 'NL')?.getURI() ?? `tel:${compact}`;
}

/** Resolves `role:<role>` and contact ids to neutral contact cards, in the order given, without duplicates. */
export function contactCards(school: School, refs: readonly string[], _now: Date, _locale: Locale): ContactCard[] {
  const seen = new Set<string>();
  const cards: ContactCard[] = [];
  for (const ref of refs) {
    const id = ref.startsWith('role:') ? school.roles[ref.slice(5)] : ref;
    const contact = id ? school.contacts.get(id) : undefined;
    if (!contact || seen.has(contact.id)) continue;
    seen.add(contact.id);
    cards.push(toCard(contact));
  }
  return cards;
}

export function toCard(contact: Contact): ContactCard {
  const phones: PhoneView[] = contact.phones.map((p) => ({
    number: p.number,
    uri: telUri(p.number),
    ...(p.label ? { label: p.label } : {}),
    openNow: null,
  }));
  return {
    id: contact.id,
    name: contact.name,
    ...(contact.organisation ? { organisation: contact.organisation } : {}),
    ...(contact.description ? { description: contact.description } : {}),
    phones,
    ...(contact.email ? { email: contact.email } : {}),
    ...(contact.website ? { website: contact.website } : {}),
    ...(contact.address ? { address: contact.address } : {}),
    ...(contact.hours ? { hours: contact.hours } : {}),
    openNow: null,
    ...(contact.missing ? { missing: contact.missing } : {}),
    source: contact.source.section,
  };
}
