import type { Dialog } from '../content/types.js';
import { normalise } from '../text/normalise.js';
import { passes } from './guards.js';
import type { Turn } from './turn.js';

function says(text: string, phrase: string): boolean {
  return ` ${normalise(text)} `.includes(` ${normalise(phrase)} `);
}

/** The named entry the asker's words and role choose ("afwegingskader" from the IB), or null. */
export function entryFor(turn: Turn, dialog: Dialog, text: string): { name: string; step: string } | null {
  for (const [name, entry] of Object.entries(dialog.entries ?? {})) {
    if (entry.says.some((phrase) => says(text, phrase)) && entry.when.every((g) => passes(turn, g))) return { name, step: entry.step };
  }
  return null;
}

/** "stap 3", "step 3", "actie 3" in normalised text (the one place it is written; step-reference.ts removes it). */
export const stepNumberPattern = /\b(?:stap|step|actie|action)\s*(\d{1,2})\b/;

/** "we zitten al bij stap 3": the dialog's third numbered step, or null. */
export function numberedStep(dialog: Dialog, text: string): string | null {
  const match = normalise(text).match(stepNumberPattern);
  const n = match ? Number(match[1]) : 0;
  return (n >= 1 && dialog.numbered?.[n - 1]) || null;
}

/** Where the asker's words point inside a dialog: a named entry or a numbered step. */
export function jumpTarget(turn: Turn, dialog: Dialog, text: string): { name: string; step: string } | null {
  const entry = entryFor(turn, dialog, text);
  if (entry) return entry;
  const step = numberedStep(dialog, text);
  return step ? { name: 'numbered', step } : null;
}

/**
 * The route whose dialog (for this school) names the asker's words as an
 * entry, whatever the asker's role ("afwegingskader" is the meldcode's; the
 * role decides later whether it opens at the entry or at the start). The
 * dialogs declare these words, so a term of the school's own protocol starts
 * that protocol even where free-text triage would not pick it.
 */
export function routeNamedByEntry(turn: Turn, text: string): string | null {
  for (const [route, target] of Object.entries(turn.school.routes)) {
    const dialog = typeof target === 'string' ? turn.ctx.content.dialogs.get(target) : undefined;
    const named = Object.values(dialog?.entries ?? {}).some((entry) => entry.says.some((phrase) => says(text, phrase)));
    if (named) return route;
  }
  return null;
}
