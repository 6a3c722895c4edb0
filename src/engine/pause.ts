import { dialogTitleKey } from '../content/dialog-keys.js';
import { stepWaits } from '../content/dialog-schema.js';
import type { Turn } from './turn.js';
import type { ChoiceView, PausedConversation } from './types.js';

const maxPaused = 3;

/** True when something would be lost by starting elsewhere: an open form, or a protocol waiting mid-way. */
export function inProgress(turn: Turn): boolean {
  const s = turn.session;
  if (s.forms.length > 0) return true;
  const step = s.dialogId && s.stepId ? turn.ctx.content.dialogs.get(s.dialogId)?.steps[s.stepId] : undefined;
  return step !== undefined && stepWaits(step);
}

/** Puts what is open aside (typed, as it was), to be offered back. */
export function pauseOpen(turn: Turn): void {
  if (!inProgress(turn)) return;
  const s = turn.session;
  const paused: PausedConversation = { route: s.route, dialogId: s.dialogId, stepId: s.stepId, trail: s.trail, forms: s.forms, handled: s.handled };
  s.paused = [...s.paused.filter((p) => p.dialogId !== paused.dialogId || p.stepId !== paused.stepId || p.forms.length > 0), paused].slice(-maxPaused);
  s.forms = [];
  turn.audit('conversation.paused');
}

/** "Verder met de overdracht van S.V.": the label for the most recent paused conversation. */
export function resumeLabel(turn: Turn, paused: PausedConversation): string {
  const form = paused.forms.at(-1);
  if (form) {
    const label = turn.say(`${form.formId}.resume`);
    const initials = form.slots.initials;
    return initials ? turn.say('engine.resume.of', { step: label, initials }) : label;
  }
  const dialog = paused.dialogId ? turn.ctx.content.dialogs.get(paused.dialogId) : undefined;
  return turn.say('engine.resume.dialog', { step: dialog ? turn.say(dialogTitleKey(dialog)) : '' });
}

export function resumeChoice(turn: Turn): ChoiceView | null {
  const paused = turn.session.paused.at(-1);
  return paused ? { id: 'cmd/resume', label: resumeLabel(turn, paused) } : null;
}

/** After a safety route or a switch: one reply that offers the paused conversation back. */
export function offerResume(turn: Turn, extra: readonly ChoiceView[] = []): void {
  const paused = turn.session.paused.at(-1);
  const choice = resumeChoice(turn);
  if (!paused || !choice) return;
  turn.reply({ text: turn.say('engine.resume.offer', { step: choice.label }), choices: [choice, ...extra] });
}

/** Back to the most recent paused conversation, exactly where it was; false when there is none. */
export function resume(turn: Turn): boolean {
  const paused = turn.session.paused.at(-1);
  if (!paused) return false;
  const s = turn.session;
  s.paused = s.paused.slice(0, -1);
  s.route = paused.route;
  s.dialogId = paused.dialogId;
  s.stepId = paused.stepId;
  s.trail = [...paused.trail];
  s.forms = [...paused.forms];
  s.handled = [...paused.handled];
  s.clarify = null;
  turn.audit('conversation.resumed');
  return true;
}
