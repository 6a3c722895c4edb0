import { normalise } from '../text/normalise.js';

export type CalamityCommand =
  | { readonly kind: 'note'; readonly text: string }
  | { readonly kind: 'logbook' | 'checklist' | 'cases' | 'export' | 'drafts' | 'team' | 'share' | 'close' | 'incident' | 'overview' };

const words: Record<string, Exclude<CalamityCommand['kind'], 'note'>> = {
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
  incident: 'incident',
  'incident registreren': 'incident',
  'registreer incident': 'incident',
  'register incident': 'incident',
  jaaroverzicht: 'overview',
  'rapportage meldcode': 'overview',
  'year overview': 'overview',
};

/** Whole-message calamity commands; "log: ouders klas 5 gebeld" adds a note. */
export function recogniseCalamityCommand(text: string): CalamityCommand | null {
  const note = text.match(/^\s*log\s*[:：]\s*(.+)$/is);
  if (note?.[1]?.trim()) return { kind: 'note', text: note[1].trim() };
  const kind = words[normalise(text).replace(/\s+\d{4}$/, '')];
  return kind ? { kind } : null;
}

export function requestedYear(text: string, fallback: number): number {
  const match = text.match(/(20\d{2})/);
  return match ? Number(match[1]) : fallback;
}
