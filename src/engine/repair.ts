import type { Command } from './commands.js';
import { formOf } from './forms/form-model.js';
import { cancelForm, runForm, startForm } from './forms/form-runner.js';
import { holdsTarget } from './handoff-step.js';
import { offerResume, pauseOpen } from './pause.js';
import { emergencyChoice, menuReply, restartChoice } from './replies.js';
import { startRoute, stepReply } from './run-steps.js';
import type { Turn } from './turn.js';

/**
 * The repair commands, the same in every state (protocol step, form slot,
 * confirmation, clarifying question): nood, terug, opnieuw, annuleer/stop,
 * help, status, menu, overdracht.
 */
export function runCommand(turn: Turn, command: Command): void {
  const s = turn.session;
  turn.audit(`command.${command}`);
  switch (command) {
    case 'emergency':
      pauseOpen(turn);
      startRoute(turn, 'acuut', 'emergency');
      offerResume(turn);
      return;
    case 'restart':
      resetConversation(turn);
      s.paused = [];
      menuReply(turn, 'engine.restarted');
      return;
    case 'menu':
      if (s.forms.length > 0) pauseOpen(turn);
      resetConversation(turn);
      menuReply(turn);
      return;
    case 'cancel':
      if (turn.form) cancelForm(turn);
      else runCommand(turn, 'restart');
      return;
    case 'back':
      if (turn.form) formBack(turn);
      else goBack(turn);
      return;
    case 'help':
      turn.reply({ text: turn.say(turn.form ? 'engine.help.form' : 'engine.help'), choices: [emergencyChoice(turn), restartChoice(turn)] });
      if (!reshowCurrent(turn)) menuReply(turn);
      return;
    case 'handoff':
      if (turn.form) {
        reshowCurrent(turn);
        return;
      }
      startForm(turn, 'handoff', { to: holdsTarget(turn, 'ib') ? 'directeur' : 'ib', ask: 'engine.handoff.default-ask' }, null);
      return;
    case 'status':
      turn.effects.push({ type: 'status' });
      if (turn.form) reshowCurrent(turn);
      return;
  }
}

function resetConversation(turn: Turn): void {
  const s = turn.session;
  s.route = null;
  s.dialogId = null;
  s.stepId = null;
  s.trail = [];
  s.forms = [];
  s.handled = [];
  s.clarify = null;
}

/** Shows where the conversation waits now (a form asks its slot again, never from the start); false when nothing waits. */
export function reshowCurrent(turn: Turn): boolean {
  if (turn.form) {
    runForm(turn);
    return true;
  }
  const s = turn.session;
  const dialog = s.dialogId ? turn.ctx.content.dialogs.get(s.dialogId) : undefined;
  const step = dialog && s.stepId ? dialog.steps[s.stepId] : undefined;
  if (!dialog || !step || step.type !== 'choice') return false;
  turn.reply(stepReply(turn, dialog, s.stepId!, step));
  return true;
}

/** `terug` in a form: un-ask the last answer (or the extra being asked); with nothing answered, back out of the form. */
function formBack(turn: Turn): void {
  const frame = turn.form!;
  const form = formOf(turn, frame);
  if (frame.asking) {
    turn.setForm({ ...frame, asking: undefined });
    runForm(turn);
    return;
  }
  const last = frame.filled.at(-1);
  if (last) {
    const { [last]: _dropped, ...slots } = frame.slots;
    const stepId = Object.entries(form.steps).find(([, step]) => step.type === 'collect' && step.slots.some((sl) => sl.name === last))?.[0];
    turn.setForm({ ...frame, slots, filled: frame.filled.slice(0, -1), stepId: stepId ?? frame.stepId });
    runForm(turn);
    return;
  }
  // Nothing answered yet: the form closes as if never opened, and the protocol goes one step back.
  turn.session.forms = turn.session.forms.slice(0, -1);
  const s = turn.session;
  const at = s.dialogId && s.stepId ? `${s.dialogId}/${s.stepId}` : null;
  s.handled = s.handled.filter((h) => h !== at);
  if (turn.form) runForm(turn);
  else goBack(turn);
}

function goBack(turn: Turn): void {
  const s = turn.session;
  const last = s.trail[s.trail.length - 1];
  if (!last) {
    turn.reply({ text: turn.say('engine.back-at-start') });
    if (!reshowCurrent(turn)) menuReply(turn);
    return;
  }
  s.trail = s.trail.slice(0, -1);
  const dialog = turn.ctx.content.dialogs.get(last.dialogId);
  if (!dialog) {
    menuReply(turn);
    return;
  }
  s.route = dialog.route;
  s.dialogId = dialog.id;
  s.stepId = last.stepId;
  turn.audit('command.back.done');
  reshowCurrent(turn);
}
