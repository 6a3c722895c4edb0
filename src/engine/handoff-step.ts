import type { HandoffTarget, Step } from '../content/dialog-schema.js';
import type { Dialog } from '../content/types.js';
import { startForm } from './forms/form-runner.js';
import { receiverName } from './forms/form-vars.js';
import type { Turn } from './turn.js';

type HandoffStep = Extract<Step, { type: 'handoff' }>;

/** The roles whose own channel a handoff target is. */
const targetRoles: Record<HandoffTarget, readonly string[]> = {
  ib: ['intern-begeleider', 'aandachtsfunctionaris'],
  directeur: ['directeur'],
};

/** True when the asker would hand off to their own role. */
export function holdsTarget(turn: Turn, to: HandoffTarget): boolean {
  return targetRoles[to].includes(turn.session.role ?? '');
}

/** Where this step's handoff goes for this asker: its target, the next level when the asker holds it, or nowhere. */
export function handoffTargetFor(turn: Turn, step: HandoffStep): HandoffTarget | null {
  if (!holdsTarget(turn, step.to)) return step.to;
  const next = step.self?.to;
  return next && !holdsTarget(turn, next) ? next : null;
}

export function handoffKey(dialog: Pick<Dialog, 'id'>, stepId: string): string {
  return `${dialog.id}/${stepId}`;
}

/**
 * A protocol's handoff step: calls the handoff form (returning to `returnTo`),
 * unless it was dealt with already in this run, or the asker holds the
 * receiving role: then the next level where the plan names one (a channel,
 * or the bestuur's card), never a handoff to themselves. Returns the step to
 * run on with now, or null while the form waits.
 */
export function runHandoffStep(turn: Turn, dialog: Dialog, stepId: string, step: HandoffStep, returnTo: string, intro: () => void): string | null {
  const key = handoffKey(dialog, stepId);
  if (turn.session.handled.includes(key)) {
    turn.reply({ text: turn.say('engine.handoff.already') });
    return returnTo;
  }
  turn.session.handled = [...turn.session.handled, key];
  const params = { urgency: step.urgency, ask: step.ask ?? `${key.replace('/', '.')}.ask` };
  const target = handoffTargetFor(turn, step);
  if (target !== step.to) {
    const self = turn.say('engine.handoff.self', { who: turn.say(`role.the.${turn.session.role}`) });
    if (target) {
      turn.reply({ text: `${self} ${turn.say('engine.handoff.next-level', { who: receiverName(turn, target) })}` });
      startForm(turn, 'handoff', { ...params, to: target }, returnTo);
      return null;
    }
    const contacts = step.self?.contacts ?? [];
    turn.reply({
      text: contacts.length > 0 ? `${self} ${turn.say('engine.handoff.next-level-card')}` : self,
      ...(contacts.length > 0 ? { contacts: turn.ctx.contactCards(turn.school, contacts, turn.ctx.now, turn.session.locale) } : {}),
    });
    turn.audit('handoff.self');
    return returnTo;
  }
  intro();
  startForm(turn, 'handoff', { ...params, to: step.to }, returnTo);
  return null;
}
