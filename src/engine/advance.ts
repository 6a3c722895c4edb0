import { type Command, recogniseCommand } from './commands.js';
import type { EngineContext } from './context.js';
import { handoffFormChoice, handoffFormText, startHandoffForm } from './handoff-form.js';
import { clarifyReply, emergencyChoice, menuReply, restartChoice } from './replies.js';
import { runFrom, startRoute, stepReply } from './run-steps.js';
import { Turn } from './turn.js';
import type { InboundEvent, Session, TurnResult } from './types.js';
import { normalise } from '../text/normalise.js';

/**
 * The pure step function: (definition, session, event) → (session, effects).
 * No I/O, no clock, no randomness: all of it comes in through `ctx`.
 */
export function advance(ctx: EngineContext, session: Session, event: InboundEvent): TurnResult {
  const turn = new Turn(ctx, session);
  if (event.kind === 'choice') onChoice(turn, event.choiceId);
  else onText(turn, event.text);
  const next = { ...turn.session, version: session.version + 1, updatedAt: ctx.now.toISOString() };
  return { session: next, effects: turn.effects, ...(turn.route ? { route: turn.route } : {}) };
}

export function newSession(args: {
  key: string;
  schoolId: string;
  userId: string;
  userName?: string;
  role?: string;
  locale: Session['locale'];
  now: Date;
}): Session {
  const at = args.now.toISOString();
  return {
    key: args.key,
    schoolId: args.schoolId,
    userId: args.userId,
    ...(args.userName ? { userName: args.userName } : {}),
    ...(args.role ? { role: args.role } : {}),
    locale: args.locale,
    route: null,
    dialogId: null,
    stepId: null,
    trail: [],
    pending: null,
    pupil: {},
    version: 0,
    createdAt: at,
    updatedAt: at,
  };
}

function onText(turn: Turn, text: string): void {
  const command = recogniseCommand(text);
  if (command) {
    runCommand(turn, command);
    return;
  }
  const pending = turn.session.pending;
  if (pending?.kind === 'handoff') {
    handoffFormText(turn, pending, text);
    return;
  }
  if (pickChoiceByText(turn, text)) return;
  const result = turn.ctx.triage(text, turn.session.locale);
  const sameRoute = result.route === turn.session.route && isWaiting(turn);
  if (result.route && result.route !== 'onduidelijk' && !sameRoute) {
    startRoute(turn, result.route, 'triage', text);
    return;
  }
  // In the sociale kaart, typed text is a search (after triage had its chance at a safety route).
  if (turn.session.route === 'sociale-kaart') {
    const cards = turn.ctx.lookupContacts(turn.school, text, turn.ctx.now, turn.session.locale);
    if (cards.length > 0) {
      turn.reply({ text: turn.say('engine.lookup.results'), contacts: cards });
      reshowCurrentStep(turn);
      return;
    }
  }
  if (isWaiting(turn)) {
    turn.reply({ text: turn.say('engine.not-understood-in-step') });
    reshowCurrentStep(turn);
    return;
  }
  clarifyReply(turn, result.candidates);
}

function onChoice(turn: Turn, choiceId: string): void {
  const pending = turn.session.pending;
  if (pending?.kind === 'handoff' && handoffFormChoice(turn, pending, choiceId)) return;
  if (choiceId.startsWith('cmd/')) {
    const command = choiceId.slice(4) as Command;
    runCommand(turn, command);
    return;
  }
  if (choiceId.startsWith('route/')) {
    const route = choiceId.slice(6);
    if (turn.ctx.content.routes.has(route)) {
      startRoute(turn, route, 'menu');
      return;
    }
  }
  const [dialogId, stepId, id] = choiceId.split('/');
  if (dialogId && stepId && id && takeChoice(turn, dialogId, stepId, id)) return;
  staleChoice(turn);
}

/** A button from an older message, or one that no longer fits: say so and show where we are. */
function staleChoice(turn: Turn): void {
  turn.audit('choice.stale');
  turn.reply({ text: turn.say('engine.stale-choice'), tone: 'warning' });
  if (!reshowCurrentStep(turn)) menuReply(turn);
}

function takeChoice(turn: Turn, dialogId: string, stepId: string, choiceId: string): boolean {
  const s = turn.session;
  if (s.pending?.kind === 'handoff' || s.dialogId !== dialogId || s.stepId !== stepId) return false;
  const dialog = turn.ctx.content.dialogs.get(dialogId);
  const step = dialog?.steps[stepId];
  const choice = step?.type === 'choice' ? step.choices.find((c) => c.id === choiceId) : undefined;
  if (!dialog || !choice) return false;
  s.trail = [...s.trail, { dialogId, stepId, choiceId }];
  turn.audit(`choice.${choiceId}`);
  runFrom(turn, dialog, choice.next);
  return true;
}

/** Typing a button's label (or its number) counts as pressing it. */
function pickChoiceByText(turn: Turn, text: string): boolean {
  const s = turn.session;
  if (!s.dialogId || !s.stepId) return false;
  const dialog = turn.ctx.content.dialogs.get(s.dialogId);
  const step = dialog?.steps[s.stepId];
  if (!dialog || step?.type !== 'choice') return false;
  const wanted = normalise(text);
  const reply = stepReply(turn, dialog, s.stepId, step);
  const index = /^[1-9]$/.test(wanted) ? Number(wanted) - 1 : (reply.choices ?? []).findIndex((c) => normalise(c.label) === wanted);
  const choice = step.choices[index];
  return choice ? takeChoice(turn, dialog.id, s.stepId, choice.id) : false;
}

function isWaiting(turn: Turn): boolean {
  const { dialogId, stepId } = turn.session;
  const step = dialogId && stepId ? turn.ctx.content.dialogs.get(dialogId)?.steps[stepId] : undefined;
  return step?.type === 'choice';
}

/** Shows the current waiting step again; false when there is none. */
function reshowCurrentStep(turn: Turn): boolean {
  const s = turn.session;
  if (s.pending?.kind === 'handoff') {
    startHandoffFormAgain(turn);
    return true;
  }
  const dialog = s.dialogId ? turn.ctx.content.dialogs.get(s.dialogId) : undefined;
  const step = dialog && s.stepId ? dialog.steps[s.stepId] : undefined;
  if (!dialog || !step || step.type !== 'choice') return false;
  turn.reply(stepReply(turn, dialog, s.stepId!, step));
  return true;
}

function startHandoffFormAgain(turn: Turn): void {
  const pending = turn.session.pending;
  if (pending?.kind !== 'handoff') return;
  startHandoffForm(turn, { to: pending.to, urgency: pending.urgency, askKey: pending.askKey, nextStepId: pending.nextStepId });
}

function runCommand(turn: Turn, command: Command): void {
  const s = turn.session;
  turn.audit(`command.${command}`);
  switch (command) {
    case 'emergency':
      startRoute(turn, 'acuut', 'emergency');
      return;
    case 'restart':
    case 'menu':
      s.route = null;
      s.dialogId = null;
      s.stepId = null;
      s.trail = [];
      s.pending = null;
      s.pupil = {};
      menuReply(turn, command === 'restart' ? 'engine.restarted' : 'engine.menu');
      return;
    case 'back':
      goBack(turn);
      return;
    case 'help':
      turn.reply({ text: turn.say('engine.help'), choices: [emergencyChoice(turn), restartChoice(turn)] });
      if (!reshowCurrentStep(turn)) menuReply(turn);
      return;
    case 'handoff':
      startHandoffForm(turn, { to: 'ib', urgency: null, askKey: null, nextStepId: null });
      return;
    case 'status':
      turn.effects.push({ type: 'status' });
      return;
  }
}

function goBack(turn: Turn): void {
  const s = turn.session;
  s.pending = null;
  const last = s.trail[s.trail.length - 1];
  if (!last) {
    turn.reply({ text: turn.say('engine.back-at-start') });
    if (!reshowCurrentStep(turn)) menuReply(turn);
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
  reshowCurrentStep(turn);
}
