import type { Content, Locale, School } from '../content/types.js';
import type { ContactCard, ModuleCommand } from './types.js';

export interface TriageResult {
  /** The route to start; null when the text is too vague to pick one. */
  readonly route: string | null;
  /** Likely routes, best first, safety routes before others on ties. */
  readonly candidates: readonly string[];
  /**
   * Set when a safety route is among the top candidates but not clearly ahead:
   * the engine answers with the action every candidate shares and one
   * distinguishing question (see triage/ambiguity.ts) instead of guessing.
   */
  readonly ambiguity?: SafetyAmbiguity;
  /** The most likely value of each facet (actor, victim, source, time, harm), for debug logs and tests. */
  readonly facets?: Readonly<Record<string, string>>;
}

/** One distinguishing question: the facet it asks about and, per answer, the route it leads to. */
export interface SafetyAmbiguity {
  readonly facet: string;
  readonly options: readonly { readonly value: string; readonly route: string }[];
}

/** Everything the pure step function needs, passed in (no I/O, no clock, no randomness inside). */
export interface EngineContext {
  readonly content: Content;
  readonly now: Date;
  readonly t: (locale: Locale, key: string, vars?: Record<string, unknown>) => string;
  readonly triage: (text: string, locale: Locale) => TriageResult;
  readonly contactCards: (school: School, refs: readonly string[], now: Date, locale: Locale) => ContactCard[];
  /** Sociale kaart search by name, organisation or need; best first, reachable-now first. */
  readonly lookupContacts: (school: School, query: string, now: Date, locale: Locale) => ContactCard[];
  /** Due time for a reminder step, e.g. "5 werkdagen" after now in the school's time zone. */
  readonly dueAfter: (school: School, after: string, now: Date) => Date;
  readonly newId: () => string;
  /** Whole-message commands of capabilities outside the engine ("logboek", "mijn gegevens"); asked after the safety check. */
  readonly moduleCommand?: (text: string) => ModuleCommand | null;
}
