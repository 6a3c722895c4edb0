import { type Step, shortcutOf, stepTargets } from '../content/dialog-schema.js';
import type { Dialog } from '../content/types.js';
import { receiverName } from './forms/form-vars.js';
import { handoffKey, handoffTargetFor, runHandoffStep } from './handoff-step.js';
import { stepReply } from './run-steps.js';
import type { Turn } from './turn.js';
import type { ChoiceView } from './types.js';

const prefix = 'shortcut/';
const reachCache = new WeakMap<Dialog, Map<string, Set<string>>>();

function reachableFrom(dialog: Dialog, from: string): Set<string> {
  const byStep = reachCache.get(dialog) ?? new Map<string, Set<string>>();
  reachCache.set(dialog, byStep);
  let seen = byStep.get(from);
  if (!seen) {
    seen = new Set();
    const queue = [from];
    while (queue.length > 0) {
      const id = queue.pop()!;
      const step = dialog.steps[id];
      if (seen.has(id) || !step) continue;
      seen.add(id);
      queue.push(...stepTargets(step));
    }
    byStep.set(from, seen);
  }
  return seen;
}

/**
 * "Geef door aan de IB" on a waiting step: a dialog declares handoff steps as
 * shortcuts, and every earlier step that can reach one offers it, unless the
 * step already has a button leading straight there, the handoff was dealt
 * with, or the asker holds the receiving role (then the next level, if any).
 */
export function shortcutChoices(turn: Turn, dialog: Dialog, stepId: string, step: Step): ChoiceView[] {
  if (step.type !== 'choice' || turn.session.forms.length > 0) return [];
  const choices: ChoiceView[] = [];
  const targets = new Set<string>();
  for (const shortcut of dialog.shortcuts ?? []) {
    const { step: target, label } = shortcutOf(shortcut);
    const handoff = dialog.steps[target];
    if (handoff?.type !== 'handoff' || turn.session.handled.includes(handoffKey(dialog, target))) continue;
    // A handoff step only its shortcut leads to is offered on every waiting step.
    const onlyByShortcut = !reachableFrom(dialog, dialog.start).has(target);
    if (step.choices.some((c) => c.next === target) || !(onlyByShortcut || reachableFrom(dialog, stepId).has(target))) continue;
    const to = handoffTargetFor(turn, handoff);
    if (!to || targets.has(to)) continue;
    targets.add(to);
    const text = label && to === handoff.to ? turn.say(label) : turn.say(`engine.shortcut.${to}`, { who: receiverName(turn, to) });
    choices.push({ id: `${prefix}${dialog.id}/${stepId}/${target}`, label: text, style: 'primary' });
  }
  return choices;
}

/** The shortcut button: straight to the handoff; afterwards back to the step it was pressed on. */
export function takeShortcut(turn: Turn, choiceId: string): boolean {
  if (!choiceId.startsWith(prefix) || turn.session.forms.length > 0) return false;
  const [dialogId, stepId, target] = choiceId.slice(prefix.length).split('/');
  const s = turn.session;
  const dialog = dialogId ? turn.ctx.content.dialogs.get(dialogId) : undefined;
  const handoff = dialog && target ? dialog.steps[target] : undefined;
  if (!dialog || !stepId || !target || s.dialogId !== dialogId || s.stepId !== stepId || handoff?.type !== 'handoff') return false;
  if (!shortcutChoices(turn, dialog, stepId, dialog.steps[stepId]!).some((c) => c.id === choiceId)) return false;
  s.trail = [...s.trail, { dialogId: dialog.id, stepId, choiceId: 'shortcut' }];
  s.stepId = target;
  turn.audit('choice.shortcut');
  const next = runHandoffStep(turn, dialog, target, handoff, stepId, () => turn.reply(stepReply(turn, dialog, target, handoff)));
  if (next !== null) {
    s.stepId = stepId;
    turn.reply(stepReply(turn, dialog, stepId, dialog.steps[stepId]!));
  }
  return true;
}
