import type { Locale, School } from '../content/types.js';
import type { ContactCard } from '../engine/types.js';

/** Placeholder until the sociale kaart search lands: finds nothing, so the browse dialog takes over. */
export function lookupContacts(_school: School, _query: string, _now: Date, _locale: Locale): ContactCard[] {
  return [];
}
