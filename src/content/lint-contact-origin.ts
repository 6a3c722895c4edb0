import type { ContentProblem } from './problem.js';
import type { Contact } from './school-schema.js';
import { documentContains, normaliseForCitation, rememberedFor, type SourceDocument } from './source-documents.js';
import type { School } from './types.js';

/**
 * Every contact value that is not printed in the school's own plan carries a
 * note saying so, the way the national numbers at De Brug do: a number,
 * e-mail address, website, address or person's name not found in the plan
 * needs `originNote`; opening hours the plan does not state as such (public
 * holidays, "day and night", times not in the cited passage) need
 * `hoursNote`. The plan is the document the school's own `source` cites.
 */
export function lintContactOrigins(school: Pick<School, 'contacts' | 'contactsFile' | 'source' | 'name' | 'ownContacts'>, plan: SourceDocument): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const raw = lowerCaseText(plan);
  for (const contact of school.contacts.values()) {
    // The school's own people and numbers come from its own file, not the plan.
    if (school.ownContacts?.has(contact.id)) continue;
    const unprinted = valuesNotInPlan(contact, plan, raw);
    if (unprinted.length > 0 && !contact.originNote) {
      problems.push({
        code: 'origin-unmarked',
        file: school.contactsFile,
        at: contact.id,
        message: `${unprinted.join(', ')} not printed in the plan of ${school.name} (${plan.file}): add originNote saying where it comes from`,
      });
    }
    const inferred = hoursNotInPlan(contact);
    if (inferred.length > 0 && !contact.hoursNote) {
      problems.push({
        code: 'origin-unmarked',
        file: school.contactsFile,
        at: `${contact.id}.hours`,
        message: `${inferred.join(', ')} not stated in the plan: add hoursNote saying it is WatNu's reading`,
      });
    }
  }
  return problems;
}

const lowerCased = new WeakMap<SourceDocument, string>();

/** The plan's text lower-cased with single spaces, made once per plan (not once per school). */
function lowerCaseText(plan: SourceDocument): string {
  let text = lowerCased.get(plan);
  if (text === undefined) {
    text = plan.raw.toLowerCase().replace(/\s+/g, ' ');
    lowerCased.set(plan, text);
  }
  return text;
}

/** The values of a contact the plan does not print, as "field "value"". */
export function valuesNotInPlan(contact: Contact, plan: SourceDocument, rawLower: string): string[] {
  const missing: string[] = [];
  const printed = (value: string) => documentContains(plan, value);
  for (const phone of contact.phones) if (!printed(phone.number)) missing.push(`phone "${phone.number}"`);
  if (contact.email && !printed(contact.email)) missing.push(`email "${contact.email}"`);
  if (contact.address && !printed(contact.address.replace(/,/g, ' '))) missing.push(`address "${contact.address}"`);
  if (contact.website && !rememberedFor(plan, `website\u0000${contact.website}`, () => websitePrinted(contact.website!, rawLower))) missing.push(`website "${contact.website}"`);
  if (contact.kind === 'person' && contact.named && !printed(contact.name)) missing.push(`name "${contact.name}"`);
  return missing;
}

/**
 * A website counts as printed when the plan shows exactly that address (with
 * or without http(s):// and a trailing slash), not merely a longer address
 * that starts with it: "www.prooleiden.nl/pagina/54/…" does not print
 * "https://www.prooleiden.nl/".
 */
export function websitePrinted(website: string, rawLower: string): boolean {
  const bare = website.toLowerCase().replace(/^https?:\/\//, '').replace(/\/$/, '');
  const escaped = bare.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\w./-])(https?://)?${escaped}/?(?![\\w/?=&%#-]|\\.\\w)`).test(rawLower);
}

/** Readings of the opening hours that go beyond the cited passage. */
export function hoursNotInPlan(contact: Contact): string[] {
  const all = [contact.hours, ...contact.phones.map((p) => p.hours)].filter((h): h is string => h !== undefined);
  const readings = new Set<string>();
  const quote = normaliseForCitation(contact.source.quote);
  for (const hours of all) {
    if (/\bPH\b/.test(hours)) readings.add('public holidays ("PH")');
    if (hours.trim() === '24/7') readings.add('"24/7"');
    for (const [, h, m] of hours.matchAll(/\b(\d{2}):(\d{2})\b/g)) {
      if (`${h}:${m}` === '00:00' || `${h}:${m}` === '24:00') continue;
      const forms = [`${Number(h)}.${m}`, `${h}.${m}`, `${Number(h)}:${m}`, `${h}:${m}`];
      if (!forms.some((form) => quote.includes(form))) readings.add(`the time ${h}:${m}`);
    }
  }
  return [...readings];
}
