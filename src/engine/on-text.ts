import { normalise } from '../text/normalise.js';
import { recogniseCommand } from './commands.js';
import { jumpTarget, routeNamedByEntry } from './entries.js';
import { onChoice } from './on-choice.js';
import { formText } from './forms/form-text.js';
import { startFormByText } from './forms/form-starts.js';
import { pauseOpen } from './pause.js';
import { runCommand, reshowCurrent } from './repair.js';
import { clarifyReply } from './replies.js';
import { runFrom, startRoute, stepReply } from './run-steps.js';
import { interrupt, safetyAlarm } from './safety-interrupt.js';
import { stepReferenceWithoutDanger } from './step-reference.js';
import type { Turn } from './turn.js';
import { explicitQuestion } from './utterance.js';

/**
 * Free text, in every state, in one order: the safety interrupt (unless the
 * message is a step reference whose other words raise no alarm,
 * step-reference.ts) → commands
 * (the engine's, a form's start words, other capabilities') → the open form
 * (correction, new question, validator) or the protocol (a button's label, a
 * jump to a named or numbered step, a new question, a search).
 */
export function onText(turn: Turn, typed: string, asked: boolean): void {
  const prefixed = explicitQuestion(typed);
  const text = prefixed ?? typed;
  const question = asked || prefixed !== null;
  const triage = turn.ctx.triage(text, turn.session.locale);
  const alarm = safetyAlarm(turn, triage);
  if (alarm && !stepReferenceWithoutDanger(turn, text, question)) {
    interrupt(turn, alarm, text);
    return;
  }
  const command = recogniseCommand(text);
  if (command) {
    runCommand(turn, command);
    return;
  }
  if (startFormByText(turn, text)) return;
  const moduleCommand = turn.ctx.moduleCommand?.(text);
  if (moduleCommand) {
    turn.audit(`module.${moduleCommand.module}.${moduleCommand.command}`);
    turn.effects.push({ type: 'module', ...moduleCommand });
    if (turn.form) reshowCurrent(turn);
    return;
  }
  if (turn.form) {
    formText(turn, text, triage, question);
    return;
  }
  if (!question && (pickChoiceByText(turn, text) || jumpInDialog(turn, text))) return;
  const named = routeNamedByEntry(turn, text);
  if (named && named !== turn.session.route) {
    pauseOpen(turn);
    startRoute(turn, named, question ? 'question' : 'triage', text);
    return;
  }
  const sameRoute = triage.route === turn.session.route && isWaiting(turn) && !question;
  if (triage.route && triage.route !== 'onduidelijk' && !sameRoute) {
    pauseOpen(turn);
    startRoute(turn, triage.route, question ? 'question' : 'triage', text);
    return;
  }
  // In the sociale kaart, typed text is a search (after triage had its chance at a safety route).
  if (turn.session.route === 'sociale-kaart') {
    const cards = turn.ctx.lookupContacts(turn.school, text, turn.ctx.now, turn.session.locale);
    if (cards.length > 0) {
      turn.reply({ text: turn.say('engine.lookup.results'), contacts: cards });
      reshowCurrent(turn);
      return;
    }
  }
  if (isWaiting(turn)) {
    turn.reply({ text: turn.say('engine.not-understood-in-step') });
    reshowCurrent(turn);
    return;
  }
  clarifyReply(turn, triage.candidates);
}

function isWaiting(turn: Turn): boolean {
  const { dialogId, stepId } = turn.session;
  const step = dialogId && stepId ? turn.ctx.content.dialogs.get(dialogId)?.steps[stepId] : undefined;
  return step?.type === 'choice';
}

/** Typing a button's label (or its number) counts as pressing it. */
function pickChoiceByText(turn: Turn, text: string): boolean {
  const s = turn.session;
  const dialog = s.dialogId ? turn.ctx.content.dialogs.get(s.dialogId) : undefined;
  const step = dialog && s.stepId ? dialog.steps[s.stepId] : undefined;
  if (!dialog || step?.type !== 'choice') return false;
  const wanted = normalise(text);
  const choices = stepReply(turn, dialog, s.stepId!, step).choices ?? [];
  const choice = /^[1-9]$/.test(wanted) ? choices[Number(wanted) - 1] : choices.find((c) => normalise(c.label) === wanted);
  if (!choice) return false;
  onChoice(turn, choice.id);
  return true;
}

/** "we zitten al bij stap 3", "afwegingskader": to that step of the dialog the conversation is in. */
function jumpInDialog(turn: Turn, text: string): boolean {
  const dialog = turn.session.dialogId ? turn.ctx.content.dialogs.get(turn.session.dialogId) : undefined;
  const target = dialog ? jumpTarget(turn, dialog, text) : null;
  if (!dialog || !target) return false;
  turn.audit(`route.entry.${target.name}`);
  runFrom(turn, dialog, target.step);
  return true;
}
