import type { CalamityTemplate } from './calamity-schema.js';
import type { DialogFile, FormFile } from './dialog-schema.js';
import type { Contact, SchoolFile } from './school-schema.js';
import type { SourceDocument } from './source-documents.js';

export const supportedLocales = ['nl', 'en'] as const;
export type Locale = (typeof supportedLocales)[number];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (supportedLocales as readonly string[]).includes(value);
}

export interface Dialog extends DialogFile {
  /** Path relative to the project root, for messages. */
  readonly file: string;
}

/** A form (dialogs/forms/): the handoff form, the incident register, the calamity case prompts. */
export interface Form extends FormFile {
  readonly file: string;
}

export interface School extends SchoolFile {
  readonly file: string;
  readonly contactsFile: string;
  readonly contacts: ReadonlyMap<string, Contact>;
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
  readonly sources: ReadonlyMap<string, SourceDocument>;
  readonly calamityTemplates: ReadonlyMap<string, CalamityTemplate>;
}
