import type { Urgency } from '../content/dialog-schema.js';
import type { ActionName } from '../content/registry-names.js';
import type { Form } from '../content/types.js';
import { actorOf, conversationOf } from './actor.js';
import { doneSteps } from './done-steps.js';
import { formVars, isHandoffTarget, receiverName } from './forms/form-vars.js';
import type { Turn } from './turn.js';
import { roleHolderLabel } from './role-label.js';
import type { CaseRequest, FormFrame } from './types.js';
import { schoolDay } from './validators/date-validators.js';

type Action = (turn: Turn, form: Form, frame: FormFrame) => void;

/**
 * Named actions of forms (xstate's `setup({ actions })` idea). Pure: each
 * returns effects; the runner does the database work in the same transaction
 * as the session save.
 */
export const actions: Readonly<Record<ActionName, Action>> = {
  'handoff.send': sendHandoff,
  'incident.register': registerIncident,
  'case.open': (turn, _form, frame) => {
    const caseId = turn.ctx.newId();
    turn.session.calamity = { caseId };
    caseEffect(turn, { op: 'open', caseId, template: slot(frame, 'template'), title: slot(frame, 'title'), size: slot(frame, 'size') });
  },
  'case.note': (turn, _form, frame) => caseEffect(turn, { op: 'note', caseId: selectedCase(turn), text: slot(frame, 'note') }),
  'case.assign': (turn, _form, frame) => {
    const owner = slot(frame, 'owner');
    const isRole = owner === 'leerkracht' || owner in turn.school.roles;
    caseEffect(turn, { op: 'assign', caseId: selectedCase(turn), item: slot(frame, 'item'), owner: isRole ? { role: owner, name: roleHolderLabel(turn.school, owner, (k) => turn.say(k)) } : { name: owner } });
  },
  'case.crisis-member': (turn, _form, frame) =>
    caseEffect(turn, { op: 'crisis-member', caseId: selectedCase(turn), role: turn.say(`case.crisis-role.${slot(frame, 'role')}`), name: slot(frame, 'name') }),
};

function slot(frame: FormFrame, name: string): string {
  const value = frame.slots[name];
  if (value === undefined) throw new Error(`form ${frame.formId} runs its action without slot "${name}"`);
  return value;
}

function selectedCase(turn: Turn): string {
  const caseId = turn.session.calamity.caseId;
  if (!caseId) throw new Error('a case action ran without a selected case (the form guard case-selected prevents this)');
  return caseId;
}

function caseEffect(turn: Turn, request: CaseRequest): void {
  turn.effects.push({ type: 'case', schoolId: turn.school.id, actor: actorOf(turn), request });
  turn.audit(`case.${request.op}`);
}

function registerIncident(turn: Turn, _form: Form, frame: FormFrame): void {
  const { category, kind, date, place, initials } = frame.slots;
  const actor = actorOf(turn);
  turn.effects.push({
    type: 'incident',
    incident: {
      id: turn.ctx.newId(),
      schoolId: turn.school.id,
      category: category ?? '-',
      ...(kind ? { kind } : {}),
      occurredOn: date ?? schoolDay(turn.ctx.now, turn.school.timezone),
      place: place ?? '-',
      ...(initials ? { initials } : {}),
      by: actor.name ?? actor.userId,
    },
  });
  turn.audit('incident.register');
}

function sendHandoff(turn: Turn, form: Form, frame: FormFrame): void {
  const { to, urgency, initials, group, note, ask } = frame.slots;
  if (!isHandoffTarget(to) || !initials || !group) throw new Error('handoff sent without receiver, initials or group');
  const s = turn.session;
  const last = s.trail.at(-1);
  turn.effects.push({
    type: 'handoff',
    handoff: {
      id: turn.ctx.newId(),
      schoolId: turn.school.id,
      to,
      urgency: (urgency ?? 'normaal') as Urgency,
      route: s.route,
      // "Step reached" is the protocol step the teacher last answered, not the handoff prompt itself.
      dialogId: last?.dialogId ?? s.dialogId,
      stepId: last?.stepId ?? s.stepId,
      pupil: { initials, group },
      ...(note ? { note } : {}),
      done: doneSteps(turn),
      ask: turn.say(ask ?? 'engine.handoff.default-ask', formVars(turn, form, frame)),
      asker: { userId: s.userId, ...(s.userName ? { name: s.userName } : {}), conv: conversationOf(turn), locale: s.locale },
      createdAt: turn.ctx.now.toISOString(),
    },
  });
  turn.audit('handoff.request');
  turn.reply({ text: turn.say('engine.handoff.sent', { who: receiverName(turn, to) }) });
}
