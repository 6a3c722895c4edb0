import { normalise } from '../text/normalise.js';

/** Calamity views by a word; a logbook note ("log: …") and the incident register are forms (dialogs/forms/). */
export type CalamityCommand = { readonly kind: 'logbook' | 'checklist' | 'cases' | 'export' | 'drafts' | 'team' | 'share' | 'close' | 'overview' };

const words: Record<string, CalamityCommand['kind']> = {
  logboek: 'logbook',
  logbook: 'logbook',
  checklist: 'checklist',
  calamiteitendossier: 'cases',
  dossiers: 'cases',
  'mijn dossiers': 'cases',
  'open dossiers': 'cases',
  export: 'export',
  exporteer: 'export',
  concepten: 'drafts',
  concept: 'drafts',
  drafts: 'drafts',
  crisisteam: 'team',
  'crisis team': 'team',
  'deel dossier': 'share',
  'share case': 'share',
  'sluit dossier': 'close',
  'close case': 'close',
  jaaroverzicht: 'overview',
  'rapportage meldcode': 'overview',
  'year overview': 'overview',
};

/** Whole-message calamity commands ("logboek", "jaaroverzicht 2026"). */
export function recogniseCalamityCommand(text: string): CalamityCommand | null {
  const kind = words[normalise(text).replace(/\s+\d{4}$/, '')];
  return kind ? { kind } : null;
}

export function requestedYear(text: string, fallback: number): number {
  const match = text.match(/(20\d{2})/);
  return match ? Number(match[1]) : fallback;
}
