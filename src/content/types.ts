import type { CalamityTemplate } from './calamity-schema.js';
import type { DialogFile, FormFile } from './dialog-schema.js';
import type { Contact, SchoolFile } from './school-schema.js';
import type { SourceDocument } from './source-documents.js';

/** A language code: one of the languages in locales/ (`<lang>.json`), as `Content.locales` lists them. */
export type Locale = string;

export function isLocale(value: unknown, locales: Readonly<Record<Locale, LocaleTable>>): value is Locale {
  return typeof value === 'string' && Object.hasOwn(locales, value);
}

export interface Dialog extends DialogFile {
  /** Path relative to the project root, for messages. */
  readonly file: string;
}

/** A form (dialogs/forms/): the handoff form, the incident register, the calamity case prompts. */
export interface Form extends FormFile {
  readonly file: string;
}

export interface School extends Omit<SchoolFile, 'language'> {
  readonly file: string;
  readonly contactsFile: string;
  readonly contacts: ReadonlyMap<string, Contact>;
  /** The plan (plans/<id>/) the school follows: its dialogs must be this plan's. */
  readonly plan: string;
  /** The school's default language: outbound messages use it unless the receiver's is known. */
  readonly language: Locale;
  /** Contacts the school's own file supplies (names and numbers the plan does not print). */
  readonly ownContacts?: ReadonlySet<string>;
  /** Role holders the school's file names, with the language they read. */
  readonly people?: Readonly<Record<string, { readonly name: string; readonly language?: Locale }>>;
}

export interface RouteInfo {
  readonly id: string;
  readonly safety: boolean;
  /** Shown in the "wat nu?" menu. */
  readonly menu: boolean;
  /** False when the engine answers the route itself instead of a dialog. */
  readonly dialog: boolean;
  /** The immediate actions the route's first reply gives (see dialogs/_routes.yaml). */
  readonly firstActions: readonly FirstActionId[];
}

/** Immediate actions a first reply can share with other routes' first replies. */
export const firstActionIds = ['not-parents-first', 'consult-ib-now', 'tell-director-now'] as const;
export type FirstActionId = (typeof firstActionIds)[number];

export type LocaleTable = Readonly<Record<string, string>>;

/** Everything loaded from dialogs/, schools/, locales/ and docs/sources/, validated. */
export interface Content {
  readonly dialogs: ReadonlyMap<string, Dialog>;
  readonly forms: ReadonlyMap<string, Form>;
  readonly schools: ReadonlyMap<string, School>;
  readonly routes: ReadonlyMap<string, RouteInfo>;
  readonly locales: Readonly<Record<Locale, LocaleTable>>;
  /** Where no school, asker or receiver says which language: the language most schools speak (see defaultLanguageOf). */
  readonly defaultLanguage: Locale;
  readonly sources: ReadonlyMap<string, SourceDocument>;
  readonly calamityTemplates: ReadonlyMap<string, CalamityTemplate>;
}

/** A school's language; for a school the content does not know, the content's default language. */
export function schoolLanguage(content: Pick<Content, 'schools' | 'defaultLanguage'>, schoolId: string): Locale {
  return content.schools.get(schoolId)?.language ?? content.defaultLanguage;
}

/** The language most schools speak (ties: the first in alphabetical order); the first language of locales/ without schools. */
export function defaultLanguageOf(schools: Iterable<Pick<School, 'language'>>, locales: Readonly<Record<Locale, LocaleTable>>): Locale {
  const counts = new Map<Locale, number>();
  for (const school of schools) counts.set(school.language, (counts.get(school.language) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return ranked[0]?.[0] ?? Object.keys(locales).sort()[0] ?? 'und';
}
