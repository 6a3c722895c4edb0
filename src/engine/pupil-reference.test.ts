import { describe, expect, it } from 'vitest';
import { toGroup, toInitials } from './pupil-reference.js';

describe('toInitials', () => {
  it.each([
    ['S.V.', 'S.V.'],
    ['sv', 'S.V.'],
    ['S. de V.', 'S.d.V.'],
    ['AB', 'A.B.'],
  ])('keeps initials %s as %s', (input, expected) => {
    expect(toInitials(input)).toEqual({ ok: true, initials: expected, fromFullName: false });
  });

  it.each([
    ['Sanne de Vries', 'S.d.V.'],
    ['Mohammed el Amrani', 'M.e.A.'],
    ['Jan', 'J.'],
    ["Daan van 't Hof", "D.v.t.H."],
  ])('reduces the full name %s to %s', (input, expected) => {
    expect(toInitials(input)).toEqual({ ok: true, initials: expected, fromFullName: true });
  });

  it.each(['', '12345', 'a@b.nl', 'x'.repeat(80)])('rejects %s', (input) => {
    expect(toInitials(input).ok).toBe(false);
  });
});

describe('toGroup', () => {
  it.each([
    ['6', '6'],
    ['groep 6b', '6b'],
    ['Group 7', '7'],
    ['1/2', '1/2'],
    ['gr. 8', '8'],
  ])('reads %s as %s', (input, expected) => {
    expect(toGroup(input)).toBe(expected);
  });

  it.each(['9', 'groep 3/5', 'de bovenbouw', ''])('rejects %s', (input) => {
    expect(toGroup(input)).toBeNull();
  });
});
