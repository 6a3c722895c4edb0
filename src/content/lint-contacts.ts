import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { hoursProblem } from '../contacts/opening-hours.js';
import { normalise } from '../text/normalise.js';
import type { ContentProblem } from './problem.js';
import type { Contact } from './school-schema.js';
import type { School } from './types.js';

/**
 * The EU emergency number is a short number, which libphonenumber-js has no
 * metadata for; it is the only short number the plans print.
 */
const emergencyShortNumbers = new Set(['112']);

export function isEmergencyShortNumber(number: string): boolean {
  return emergencyShortNumbers.has(number.replace(/\s/g, ''));
}

/**
 * Phone numbers parse as Dutch numbers, hours are valid opening_hours syntax,
 * after-hours references exist and can take effect, names are unique and no
 * contact lists the same number twice.
 */
export function lintContacts(school: ContactsOf): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const names = new Map<string, string>();
  for (const contact of school.contacts.values()) {
    const report = (code: ContentProblem['code'], at: string, message: string) =>
      problems.push({ code, file: school.contactsFile, at, message });
    lintPhones(contact, report);
    lintHours(contact, school, report);
    if (contact.website && !/^https?:\/\/\S+$/.test(contact.website)) {
      report('schema', `${contact.id}.website`, `"${contact.website}" is not an http(s) address`);
    }
    const name = normalise(contact.name);
    const previous = names.get(name);
    if (previous) report('duplicate-contact', contact.id, `same name as contact "${previous}"`);
    names.set(name, contact.id);
  }
  return problems;
}

/** The part of a school this lint reads. */
export type ContactsOf = Pick<School, 'contacts' | 'contactsFile'>;

type Report = (code: ContentProblem['code'], at: string, message: string) => void;

function lintPhones(contact: Contact, report: Report): void {
  const seen = new Map<string, number>();
  contact.phones.forEach((phone, index) => {
    const at = `${contact.id}.phones[${index}]`;
    const digits = phone.number.replace(/\D/g, '');
    const first = seen.get(digits);
    if (first !== undefined) report('duplicate-contact', at, `"${phone.number}" is the same number as phones[${first}]`);
    seen.set(digits, index);
    if (isEmergencyShortNumber(phone.number)) return;
    if (!parsePhoneNumberFromString(phone.number, 'NL')?.isValid()) {
      report('phone-invalid', at, `"${phone.number}" is not a valid Dutch phone number`);
    }
  });
}

function lintHours(contact: Contact, school: ContactsOf, report: Report): void {
  const checks: Array<[string, string | undefined]> = [
    [`${contact.id}.hours`, contact.hours],
    ...contact.phones.map((phone, index): [string, string | undefined] => [`${contact.id}.phones[${index}].hours`, phone.hours]),
  ];
  for (const [at, hours] of checks) {
    const why = hours === undefined ? null : hoursProblem(hours);
    if (why) report('hours-invalid', at, `"${hours}" is not clean opening_hours syntax: ${why}`);
  }
  const hasHours = checks.some(([, hours]) => hours !== undefined);
  if (contact.hoursNote && !contact.hours) report('hours-invalid', `${contact.id}.hoursNote`, 'hoursNote without hours');
  for (const other of contact.afterHours ?? []) {
    const at = `${contact.id}.afterHours`;
    if (!school.contacts.has(other)) report('unknown-contact', at, `after-hours contact "${other}" does not exist`);
    if (other === contact.id) report('unknown-contact', at, 'a contact cannot be its own after-hours alternative');
  }
  if (contact.afterHours && contact.afterHours.length > 0 && !hasHours) {
    report('hours-invalid', `${contact.id}.afterHours`, 'after-hours contacts without hours are never shown: add hours or remove afterHours');
  }
  if (contact.hours && contact.hours.trim() !== '24/7' && !contact.afterHours?.length) {
    report('hours-invalid', `${contact.id}.afterHours`, 'a contact that closes needs afterHours, so a closed number is never the only answer');
  }
}
