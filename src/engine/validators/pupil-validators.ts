import { findGroup, toGroup, toInitials } from '../pupil-reference.js';
import type { Validator } from './validator.js';

/** Initials only: "S.V.", "S.d.V."; a full name becomes initials with a notice; a sentence is refused. */
export const initialsValidator: Validator = {
  free: false,
  parse(text) {
    const result = toInitials(text);
    if (!result.ok) return { ok: false, reason: result.reason === 'sentence' ? 'validator.initials.sentence' : 'validator.initials.invalid' };
    return result.fromFullName
      ? { ok: true, value: result.initials, notice: { key: 'engine.handoff.full-name', vars: { initials: result.initials } } }
      : { ok: true, value: result.initials };
  },
};

/** A group 1–8 ("6", "groep 6b", "1/2"); also found inside "S.V. groep 5". */
export const groupValidator: Validator = {
  free: false,
  parse(text) {
    const group = toGroup(text);
    return group ? { ok: true, value: group } : { ok: false, reason: 'validator.group.invalid' };
  },
  find: (text) => findGroup(text),
};
