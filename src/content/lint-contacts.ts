import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { ContentProblem } from './problem.js';
import type { School } from './types.js';

/**
 * The EU emergency number is a short number, which libphonenumber-js has no
 * metadata for; it is the only short number the plans print.
 */
const emergencyShortNumbers = new Set(['112']);

export function isEmergencyShortNumber(number: string): boolean {
  return emergencyShortNumbers.has(number.replace(/\s/g, ''));
}

/** Phone numbers parse as Dutch numbers, after-hours references exist, names are unique. */
export function lintContacts(school: School): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const names = new Map<string, string>();
  for (const contact of school.contacts.values()) {
    const at = contact.id;
    contact.phones.forEach((phone, index) => {
      if (isEmergencyShortNumber(phone.number)) return;
      const parsed = parsePhoneNumberFromString(phone.number, 'NL');
      if (!parsed?.isValid()) {
        problems.push({ code: 'phone-invalid', file: school.contactsFile, at: `${at}.phones[${index}]`, message: `"${phone.number}" is not a valid Dutch phone number` });
      }
    });
    for (const other of contact.afterHours ?? []) {
      if (!school.contacts.has(other)) {
        problems.push({ code: 'unknown-contact', file: school.contactsFile, at: `${at}.afterHours`, message: `after-hours contact "${other}" does not exist` });
      }
    }
    const name = contact.name.toLowerCase();
    const previous = names.get(name);
    if (previous) {
      problems.push({ code: 'duplicate-contact', file: school.contactsFile, at, message: `same name as contact "${previous}"` });
    }
    names.set(name, contact.id);
  }
  return problems;
}
