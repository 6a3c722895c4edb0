import { describe, expect, it } from 'vitest';
import { type ContactsOf, isEmergencyShortNumber, lintContacts } from '../../src/content/lint-contacts.js';
import { type Contact, contactSchema } from '../../src/content/school-schema.js';

const source = { doc: 'proo-leiden', section: 'Politie', quote: 'Telefoonnummer bij spoed: 112' };

function contact(fields: Partial<Contact> & { id: string }): Contact {
  return contactSchema.parse({ name: `Contact ${fields.id}`, kind: 'organisation', source, ...fields });
}

function schoolWith(...contacts: Contact[]): ContactsOf {
  return { contactsFile: 'schools/test-school/contacts.yaml', contacts: new Map(contacts.map((c) => [c.id, c])) };
}

const codes = (school: ContactsOf) => lintContacts(school).map((p) => `${p.code} ${p.at}`);

describe('lintContacts', () => {
  it('accepts the numbers the plans print: 0800, 0900, 088, 14 071, 112', () => {
    const school = schoolWith(
      contact({ id: 'a', phones: [{ number: '0800 - 2000' }, { number: '0900-8844' }, { number: '0900 - 111 3 111' }] }),
      contact({ id: 'b', phones: [{ number: '14 071' }, { number: '088 3083800' }, { number: '071 572 4242' }] }),
      contact({ id: 'c', phones: [{ number: '112' }, { number: '079-3295600' }] }),
    );
    expect(lintContacts(school)).toEqual([]);
  });

  it('rejects numbers that are not valid Dutch numbers, naming the phone', () => {
    const school = schoolWith(contact({ id: 'a', phones: [{ number: '0800 - 2000' }, { number: '071 572 424' }, { number: '113' }] }));
    expect(codes(school)).toEqual(['phone-invalid a.phones[1]', 'phone-invalid a.phones[2]']);
  });

  it('112 is the only short number allowed', () => {
    expect(isEmergencyShortNumber('112')).toBe(true);
    expect(isEmergencyShortNumber(' 1 1 2 ')).toBe(true);
    expect(isEmergencyShortNumber('113')).toBe(false);
  });

  it('rejects invalid opening hours on contacts and on numbers, with the parser message', () => {
    const school = schoolWith(
      contact({ id: 'a', hours: 'werkdagen 8.30 - 17.00', afterHours: ['d'] }),
      contact({ id: 'b', phones: [{ number: '088 3083800', hours: 'Mo-Fr 8.30-17' }] }),
      contact({ id: 'c', hours: 'Mo-Fr 08:30-17:00; PH off', afterHours: ['d'], phones: [{ number: '088 9004000', hours: 'Mo-Fr 00:00-08:30,17:00-24:00; Sa,Su,PH 00:00-24:00' }] }),
      contact({ id: 'd', hours: '24/7' }),
    );
    const problems = lintContacts(school);
    expect(problems.map((p) => `${p.code} ${p.at}`)).toEqual(['hours-invalid a.hours', 'hours-invalid b.phones[0].hours']);
    expect(problems[0]?.message).toContain('werkdagen 8.30 - 17.00');
  });

  it('after-hours ids must exist, not point to the contact itself, and need hours to take effect', () => {
    const school = schoolWith(
      contact({ id: 'open', hours: '24/7' }),
      contact({ id: 'a', hours: 'Mo-Fr 08:30-17:00', afterHours: ['open', 'ghost'] }),
      contact({ id: 'b', hours: 'Mo-Fr 08:30-17:00', afterHours: ['b'] }),
      contact({ id: 'c', afterHours: ['open'] }),
    );
    expect(codes(school)).toEqual(['unknown-contact a.afterHours', 'unknown-contact b.afterHours', 'hours-invalid c.afterHours']);
  });

  it('a contact that closes must name after-hours alternatives', () => {
    const school = schoolWith(contact({ id: 'open', hours: '24/7' }), contact({ id: 'a', hours: 'Mo-Fr 08:30-17:00; PH off' }));
    expect(codes(school)).toEqual(['hours-invalid a.afterHours']);
  });

  it('an hours note needs hours', () => {
    expect(codes(schoolWith(contact({ id: 'a', hoursNote: 'landelijk' })))).toEqual(['hours-invalid a.hoursNote']);
  });

  it('finds duplicate names regardless of case and accents, and a number listed twice', () => {
    const school = schoolWith(
      contact({ id: 'a', name: 'Pestcoördinator' }),
      contact({ id: 'b', name: 'pestcoordinator' }),
      contact({ id: 'c', phones: [{ number: '0800 - 2000' }, { number: '0800-2000' }] }),
    );
    expect(codes(school)).toEqual(['duplicate-contact b', 'duplicate-contact c.phones[1]']);
  });

  it('the same number on different contacts is fine (a school switchboard)', () => {
    const school = schoolWith(contact({ id: 'a', phones: [{ number: '071 572 4242' }] }), contact({ id: 'b', phones: [{ number: '071 572 4242' }] }));
    expect(lintContacts(school)).toEqual([]);
  });

  it('websites are http(s) addresses', () => {
    const school = schoolWith(contact({ id: 'a', website: 'www.kindertelefoon.nl' }), contact({ id: 'b', website: 'http://www.kindertelefoon.nl/' }));
    expect(codes(school)).toEqual(['schema a.website']);
  });
});
