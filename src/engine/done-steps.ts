import { stepTextKey } from '../content/dialog-keys.js';
import { firstSentence, shortLabel } from '../text/short-label.js';
import type { Turn } from './turn.js';

const maxDone = 8;
const maxLength = 120;

/**
 * The protocol steps the asker went through, for the handoff's "Al gedaan":
 * each step's own `<dialog>.<step>.done` text where a dialog gives one, else
 * the first sentence of the step's text (the protocol's words, not a button
 * label), never cut in the middle of a word.
 */
export function doneSteps(turn: Turn): string[] {
  const table = turn.ctx.content.locales[turn.session.locale] ?? {};
  const seen = new Set<string>();
  const done: string[] = [];
  for (const entry of turn.session.trail) {
    const at = `${entry.dialogId}/${entry.stepId}`;
    const dialog = turn.ctx.content.dialogs.get(entry.dialogId);
    const step = dialog?.steps[entry.stepId];
    if (seen.has(at) || !dialog || !step) continue;
    seen.add(at);
    const own = `${dialog.id}.${entry.stepId}.done`;
    const key = table[own] !== undefined ? own : stepTextKey(dialog, entry.stepId, step);
    if (key) done.push(shortLabel(table[own] !== undefined ? turn.say(key) : firstSentence(turn.say(key)), maxLength));
  }
  return done.slice(-maxDone);
}
