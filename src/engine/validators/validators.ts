import type { ValidatorName } from '../../content/registry-names.js';
import { choiceValidator, yesNoValidator } from './choice-validators.js';
import { dateValidator, timeValidator } from './date-validators.js';
import { groupValidator, initialsValidator } from './pupil-validators.js';
import { nameValidator, noteValidator, textValidator } from './text-validators.js';
import type { Validator } from './validator.js';

/** The validator registry: every name a dialog may use (content/registry-names.ts) has one. */
export const validators: Readonly<Record<ValidatorName, Validator>> = {
  initials: initialsValidator,
  group: groupValidator,
  date: dateValidator,
  time: timeValidator,
  note: noteValidator,
  choice: choiceValidator,
  'yes-no': yesNoValidator,
  text: textValidator,
  name: nameValidator,
};
