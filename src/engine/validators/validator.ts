import type { Locale } from '../../content/types.js';

/** A button for a slot: the value it sets and its label. */
export interface SlotOption {
  readonly id: string;
  readonly label: string;
}

export interface ValidatorContext {
  readonly now: Date;
  readonly timezone: string;
  readonly locale: Locale;
  readonly options: readonly SlotOption[];
  readonly max?: number;
}

/** A notice shown with an accepted value (a full name reduced to initials). */
export interface Notice {
  readonly key: string;
  readonly vars?: Record<string, unknown>;
}

/** `reason` is a locale key that says why, and what to type instead. */
export type Parsed = { readonly ok: true; readonly value: string; readonly notice?: Notice } | { readonly ok: false; readonly reason: string };

export interface Found {
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

export interface Validator {
  /** The whole message as this slot's value. */
  parse(text: string, ctx: ValidatorContext): Parsed;
  /** An unambiguous value of this slot inside a longer message ("groep 5" in "S.V. groep 5"). */
  find?(text: string, ctx: ValidatorContext): Found | null;
  /**
   * Free text (a note, a title, a place, a name): almost any message would
   * pass, so a message that reads as something else is held, not taken.
   */
  readonly free: boolean;
}

/** The option a text names: its id, its label, or its number. */
export function matchOption(text: string, options: readonly SlotOption[], normalise: (s: string) => string): SlotOption | undefined {
  const wanted = normalise(text);
  if (/^[1-9]$/.test(wanted)) return options[Number(wanted) - 1];
  return options.find((o) => normalise(o.id) === wanted || normalise(o.label) === wanted);
}
