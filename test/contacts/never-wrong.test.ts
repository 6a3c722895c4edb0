import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { findPhoneNumbersInText } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { lookupContacts } from '../../src/contacts/lookup.js';
import { normaliseForCitation } from '../../src/content/source-documents.js';
import { cardTextsIn, projectRoot, realContent } from '../helpers/content.js';
import { amsterdam } from './amsterdam-time.js';

/** The plan text as printed (not the citation form): phone numbers need their separators. */
function planText(doc: string): string {
  const entry = realContent().content.sources.get(doc);
  if (!entry) throw new Error(`unknown source document ${doc}`);
  return entry.raw;
}

/** Digits of every phone-like run on one line of the plan ("088 - 308 33 42" → "0883083342"). */
function printedNumbers(text: string): Set<string> {
  return new Set([...text.matchAll(/\d[\d \t\u00a0\-–]*\d|\d/g)].map((m) => m[0].replace(/\D/g, '')));
}

const { content } = realContent();
const contacts = [...content.schools.values()].flatMap((school) => [...school.contacts.values()].map((contact) => ({ school, contact })));

describe('every number, address, email and website the bot shows is in the plan it cites', () => {
  it('covers both schools', () => {
    expect(new Set(contacts.map(({ school }) => school.id))).toEqual(new Set(['proo-leiden', 'sbo-de-brug']));
  });

  for (const { school, contact } of contacts) {
    const doc = contact.source.doc;
    const where = `${school.id}/${contact.id}`;

    for (const phone of contact.phones) {
      it(`${where}: ${phone.number} is printed in ${doc} (digits compared)`, () => {
        expect(printedNumbers(planText(doc))).toContain(phone.number.replace(/\D/g, ''));
      });
    }
    if (contact.address) {
      const address = contact.address;
      it(`${where}: "${address}" is printed in ${doc}`, () => {
        const plan = normaliseForCitation(planText(doc));
        for (const part of address.split(',')) expect(plan).toContain(normaliseForCitation(part));
      });
    }
    if (contact.email) {
      const email = contact.email;
      it(`${where}: ${email} is printed in ${doc}`, () => {
        expect(planText(doc).toLowerCase()).toContain(email.toLowerCase());
      });
    }
    if (contact.website) {
      const site = contact.website.replace(/^https?:\/\//, '').replace(/\/$/, '');
      it(`${where}: ${site} is printed in ${doc}`, () => {
        expect(planText(doc).toLowerCase()).toContain(site.toLowerCase());
      });
    }
  }

  it('the acceptance address: De Brug shows Westwal 37, 4461 CM Goes for Veilig Thuis', () => {
    const brug = content.schools.get('sbo-de-brug')!;
    const [card] = lookupContacts(brug, 'adres veilig thuis', amsterdam('2025-01-07T10:15'), cardTextsIn('nl'));
    expect(card?.address).toBe('Westwal 37, 4461 CM Goes');
    expect(normaliseForCitation(planText('sbo-de-brug'))).toContain(normaliseForCitation('Veilig Thuis Zeeland Westwal 37 4461 CM Goes'));
  });

  it('numbers in hours texts come from the contacts files, never from typed text', () => {
    const proo = content.schools.get('proo-leiden')!;
    const known = new Set(contacts.flatMap(({ contact }) => contact.phones.map((p) => p.number.replace(/\D/g, ''))));
    for (const card of lookupContacts(proo, 'jeugdteam', amsterdam('2025-01-11T22:00'), cardTextsIn('nl'))) {
      for (const found of findPhoneNumbersInText(card.hoursText ?? '', 'NL')) {
        expect(known).toContain(`0${found.number.nationalNumber}`);
      }
    }
  });
});

describe('no locale text types a phone number (numbers come only through placeholders and cards)', () => {
  const localesDir = join(projectRoot, 'locales');
  const files = listJson(localesDir);

  it('finds the locale files', () => {
    expect(files.length).toBeGreaterThan(2);
  });

  for (const file of files) {
    it(relative(projectRoot, file), () => {
      const table = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
      const typed = Object.entries(table).flatMap(([key, text]) => typedNumbers(text).map((number) => `${key}: ${number}`));
      expect(typed).toEqual([]);
    });
  }
});

/** Phone numbers in a text outside {{placeholders}}: what libphonenumber-js finds, plus 112. */
function typedNumbers(text: string): string[] {
  const plain = text.replace(/\{\{[^}]*\}\}/g, ' ');
  // The one deliberate exception is the EU emergency number 112: it is the same
  // for every school, can never be wrong, and must appear in texts that have no
  // school context (errors, "not in your plan" answers, escalation notices).
  // libphonenumber's text search does not match short numbers, so 112 passes here.
  return findPhoneNumbersInText(plain, 'NL').map((match) => plain.slice(match.startsAt, match.endsAt));
}

function listJson(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listJson(path);
    return name.endsWith('.json') ? [path] : [];
  });
}
