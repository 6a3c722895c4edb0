import { describe, expect, it } from 'vitest';
import type { ValidatorContext } from './validator.js';
import { validators } from './validators.js';

const ctx = (over: Partial<ValidatorContext> = {}): ValidatorContext => ({
  now: new Date('2026-11-24T10:15:00+01:00'),
  timezone: 'Europe/Amsterdam',
  locale: 'nl',
  options: [],
  ...over,
});

describe('validators', () => {
  it('initials: a full name becomes initials with a notice; a sentence is refused with its own reason', () => {
    expect(validators.initials.parse('Sanne de Vries', ctx())).toEqual({ ok: true, value: 'S.d.V.', notice: { key: 'engine.handoff.full-name', vars: { initials: 'S.d.V.' } } });
    expect(validators.initials.parse('er staat een man met een mes bij het hek', ctx())).toEqual({ ok: false, reason: 'validator.initials.sentence' });
  });

  it('date: today, yesterday, d-m-yyyy, d-m; never in the future', () => {
    expect(validators.date.parse('today', ctx())).toEqual({ ok: true, value: '2026-11-24' });
    expect(validators.date.parse('gisteren', ctx())).toEqual({ ok: true, value: '2026-11-23' });
    expect(validators.date.parse('3-11-2026', ctx())).toEqual({ ok: true, value: '2026-11-03' });
    expect(validators.date.parse('3/11', ctx())).toEqual({ ok: true, value: '2026-11-03' });
    expect(validators.date.parse('30-11-2026', ctx())).toEqual({ ok: false, reason: 'validator.date.future' });
    expect(validators.date.parse('31-02-2026', ctx())).toEqual({ ok: false, reason: 'validator.date.invalid' });
    expect(validators.date.parse('een leerling wordt vermist', ctx()).ok).toBe(false);
  });

  it('time: 14:30, 9 uur, nu', () => {
    expect(validators.time.parse('14.30', ctx())).toEqual({ ok: true, value: '14:30' });
    expect(validators.time.parse('9 uur', ctx())).toEqual({ ok: true, value: '09:00' });
    expect(validators.time.parse('nu', ctx())).toEqual({ ok: true, value: '10:15' });
    expect(validators.time.parse('25:00', ctx()).ok).toBe(false);
  });

  it('note: short, and without names, e-mail addresses or phone numbers', () => {
    expect(validators.note.parse('Moeder weet nog van niets.', ctx())).toEqual({ ok: true, value: 'Moeder weet nog van niets.' });
    for (const text of ['Ze zegt dat Sanne de Vries het zag', 'mail: ouder@example.nl', 'bel 06 12345678', 'x'.repeat(281)]) {
      expect(validators.note.parse(text, ctx()).ok, text).toBe(false);
    }
  });

  it('choice and yes-no: by id, label or number', () => {
    const options = [
      { id: 'beperkt', label: 'Beperkt' },
      { id: 'groot', label: 'Groot (onrust, media)' },
    ];
    expect(validators.choice.parse('2', ctx({ options }))).toEqual({ ok: true, value: 'groot' });
    expect(validators.choice.parse('beperkt', ctx({ options }))).toEqual({ ok: true, value: 'beperkt' });
    expect(validators.choice.parse('middel', ctx({ options })).ok).toBe(false);
    expect(validators['yes-no'].parse('klopt', ctx())).toEqual({ ok: true, value: 'ja' });
  });

  it('name: a role button, or a name with a position; not a sentence', () => {
    const options = [{ id: 'directeur', label: 'Jan Diebels (directeur)' }];
    expect(validators.name.parse('directeur', ctx({ options }))).toEqual({ ok: true, value: 'directeur' });
    expect(validators.name.parse('Marieke (groepsleerkracht 6)', ctx())).toEqual({ ok: true, value: 'Marieke (groepsleerkracht 6)' });
    expect(validators.name.parse('ik weet niet wie dit moet doen', ctx()).ok).toBe(false);
  });
});
