import type { Command } from './commands.js';
import { formChoice } from './forms/form-choice.js';
import { useHeld, useHeldChoiceId } from './forms/form-held.js';
import { startForm } from './forms/form-runner.js';
import { startFormByChoice } from './forms/form-starts.js';
import { pauseOpen, resume } from './pause.js';
import { reshowCurrent, runCommand } from './repair.js';
import { menuReply } from './replies.js';
import { runFrom, startRoute } from './run-steps.js';
import { takeShortcut } from './shortcuts.js';
import type { Turn } from './turn.js';

const commands: ReadonlySet<string> = new Set<Command>(['restart', 'cancel', 'back', 'help', 'emergency', 'menu', 'handoff', 'status']);

/**
 * A button. Buttons of the state the conversation is in work; the same button
 * again (a double click, a client retry) changes nothing and shows where the
 * conversation is; only a button of an earlier state is an "old button". No
 * button restarts an open form or loses what it holds.
 */
export function onChoice(turn: Turn, choiceId: string): void {
  if (handle(turn, choiceId)) return;
  const repeated = choiceId === turn.session.lastChoice;
  turn.audit(repeated ? 'choice.repeated' : 'choice.stale');
  turn.reply({ text: turn.say(repeated ? 'engine.repeat-choice' : 'engine.stale-choice'), tone: repeated ? 'normal' : 'warning' });
  if (!reshowCurrent(turn)) menuReply(turn);
}

function handle(turn: Turn, choiceId: string): boolean {
  if (choiceId.startsWith('cmd/')) return commandChoice(turn, choiceId.slice(4));
  if (choiceId.startsWith('route/')) {
    const route = choiceId.slice(6);
    if (!turn.ctx.content.routes.has(route)) return false;
    pauseOpen(turn);
    startRoute(turn, route, 'menu');
    return true;
  }
  if (takeShortcut(turn, choiceId) || formChoice(turn, choiceId) || startFormByChoice(turn, choiceId)) return true;
  const [dialogId, stepId, id] = choiceId.split('/');
  return Boolean(dialogId && stepId && id && takeChoice(turn, dialogId, stepId, id));
}

function commandChoice(turn: Turn, command: string): boolean {
  switch (command) {
    case 'resume':
      if (!resume(turn)) return false;
      reshowCurrent(turn);
      return true;
    case 'continue':
      return reshowCurrent(turn);
    case useHeldChoiceId.slice(4):
      return useHeld(turn);
    case 'handoff-ib':
    case 'handoff-directeur':
      if (turn.form || !turn.session.route) return false;
      return startForm(turn, 'handoff', { to: command.slice(8), urgency: 'acuut', ask: 'engine.absent.handoff-ask' }, null) || true;
  }
  if (!commands.has(command)) return false;
  runCommand(turn, command as Command);
  return true;
}

/** A protocol button of the step the conversation waits at (not while a form is open). */
function takeChoice(turn: Turn, dialogId: string, stepId: string, choiceId: string): boolean {
  const s = turn.session;
  if (s.forms.length > 0 || s.dialogId !== dialogId || s.stepId !== stepId) return false;
  const dialog = turn.ctx.content.dialogs.get(dialogId);
  const step = dialog?.steps[stepId];
  const choice = step?.type === 'choice' ? step.choices.find((c) => c.id === choiceId) : undefined;
  if (!dialog || !choice) return false;
  s.trail = [...s.trail, { dialogId, stepId, choiceId }];
  turn.audit(`choice.${choiceId}`);
  runFrom(turn, dialog, choice.next);
  return true;
}
