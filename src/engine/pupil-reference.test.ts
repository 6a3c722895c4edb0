import { describe, expect, it } from 'vitest';
import { findGroup, toGroup, toInitials } from './pupil-reference.js';

describe('toInitials', () => {
  it.each([
    ['S.V.', 'S.V.'],
    ['sv', 'S.V.'],
    ['S. de V.', 'S.d.V.'],
    ['S.d.V.', 'S.d.V.'],
    ['AB', 'A.B.'],
    ['A.B.C.D.', 'A.B.C.D.'],
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

  it.each(['', '12345', 'a@b.nl', 'x'.repeat(80), 'ok', 'ja', 'S.V. groep 5'])('rejects %s', (input) => {
    expect(toInitials(input).ok).toBe(false);
  });

  it.each([
    'er staat nu een vader met een mes bij het hek',
    'wat nu bij pesten',
    'ik weet het niet',
    'een leerling wordt vermist we kunnen hem nergens vinden',
    'kind is kwijt',
  ])('refuses the sentence "%s" (never initials of ten words)', (input) => {
    expect(toInitials(input)).toEqual({ ok: false, reason: 'sentence' });
  });
});

describe('toGroup', () => {
  it.each([
    ['6', '6'],
    ['groep 6b', '6b'],
    ['Group 7', '7'],
    ['1/2', '1/2'],
    ['gr. 8', '8'],
    ['gr5', '5'],
  ])('reads %s as %s', (input, expected) => {
    expect(toGroup(input)).toBe(expected);
  });

  it.each(['9', 'groep 3/5', 'de bovenbouw', ''])('rejects %s', (input) => {
    expect(toGroup(input)).toBeNull();
  });
});

describe('findGroup', () => {
  it.each([
    ['S.V. groep 5', '5', 'S.V.'],
    ['S.V., gr 6b', '6b', 'S.V.,'],
    ['groep 1/2 S.d.V.', '1/2', 'S.d.V.'],
    ['S.V. 5', '5', 'S.V.'],
  ])('finds the group in "%s"', (input, group, rest) => {
    const found = findGroup(input)!;
    expect(found.value).toBe(group);
    expect(`${input.slice(0, found.start)}${input.slice(found.end)}`.trim()).toBe(rest);
  });

  it('finds nothing in initials alone', () => {
    expect(findGroup('S.V.')).toBeNull();
  });
});
