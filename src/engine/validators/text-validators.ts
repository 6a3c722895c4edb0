import { normalise } from '../../text/normalise.js';
import { isSentence } from './sentence.js';
import { matchOption, type Validator } from './validator.js';

/** A full name (two capitalised words, with particles between): not for a note about a pupil. */
const fullName = /\p{Lu}\p{Ll}+\s+(?:(?:van|de|der|den|ter|ten|te|het|'t|el|al)\s+)*\p{Lu}\p{Ll}+/u;
const email = /[\w.+-]+@[\w-]+\.[\w.]+/;
/** Eight or more digits (a phone number, a BSN), spaces and dashes allowed between them. */
const longNumber = /\d(?:[\s-]?\d){7,}/;

/** A short note with the privacy check: no names, e-mail addresses or long numbers. */
export const noteValidator: Validator = {
  free: true,
  parse(text, ctx) {
    const note = text.trim();
    if (note.length === 0) return { ok: false, reason: 'validator.text.empty' };
    if (note.length > (ctx.max ?? 280)) return { ok: false, reason: 'validator.note.too-long' };
    if (fullName.test(note) || email.test(note) || longNumber.test(note)) return { ok: false, reason: 'validator.note.private' };
    return { ok: true, value: note };
  },
};

/** Short free text (a case title, a place). */
export const textValidator: Validator = {
  free: true,
  parse(text, ctx) {
    const value = text.trim().replace(/\s+/g, ' ');
    if (value.length === 0) return { ok: false, reason: 'validator.text.empty' };
    if (value.length > (ctx.max ?? 120)) return { ok: false, reason: 'validator.text.too-long' };
    return { ok: true, value };
  },
};

/** A staff member's name or role (a case owner, a crisis team member): a button, or a name, not a sentence. */
export const nameValidator: Validator = {
  free: true,
  parse(text, ctx) {
    const option = matchOption(text, ctx.options, normalise);
    if (option) return { ok: true, value: option.id };
    const value = text.trim().replace(/\s+/g, ' ');
    if (value.length < 2 || value.length > (ctx.max ?? 80) || isSentence(value, 6)) return { ok: false, reason: 'validator.name.invalid' };
    return { ok: true, value };
  },
};
