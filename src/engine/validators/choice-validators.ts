import { normalise } from '../../text/normalise.js';
import { matchOption, type Validator } from './validator.js';

/** One of the slot's options: by button, label, id or number. */
export const choiceValidator: Validator = {
  free: false,
  parse(text, ctx) {
    const option = matchOption(text, ctx.options, normalise);
    return option ? { ok: true, value: option.id } : { ok: false, reason: 'validator.choice.invalid' };
  },
};

const yes = new Set(['ja', 'j', 'yes', 'y', 'klopt', 'ok', 'oke', 'prima', 'graag', 'zeker']);
const no = new Set(['nee', 'n', 'no', 'neen', 'niet', 'liever niet']);

/** Ja or nee (options `ja`, `nee`). */
export const yesNoValidator: Validator = {
  free: false,
  parse(text, ctx) {
    const words = normalise(text);
    const value = yes.has(words) ? 'ja' : no.has(words) ? 'nee' : matchOption(text, ctx.options, normalise)?.id;
    return value ? { ok: true, value } : { ok: false, reason: 'validator.yes-no.invalid' };
  },
};
