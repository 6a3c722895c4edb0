import type { HandoffTarget, Urgency } from '../content/dialog-schema.js';
import { toGroup, toInitials } from './pupil-reference.js';
import { conversationOf, runFrom } from './run-steps.js';
import type { Turn } from './turn.js';
import type { ChoiceView, HandoffStage, PendingHandoff } from './types.js';

const handoffRole: Record<HandoffTarget, string> = { ib: 'intern-begeleider', directeur: 'directeur' };
const noteMaxLength = 280;

export const handoffChoice = {
  cancel: 'handoff/cancel',
  noteYes: 'handoff/note-yes',
  noteNo: 'handoff/note-no',
  send: 'handoff/send',
  urgency: (u: Urgency) => `handoff/urgency/${u}`,
} as const;

interface HandoffStart {
  readonly to: HandoffTarget;
  readonly urgency: Urgency | null;
  readonly askKey: string | null;
  readonly nextStepId: string | null;
}

/** Starts the short form that collects initials, group and an optional note before a handoff. */
export function startHandoffForm(turn: Turn, start: HandoffStart): void {
  const pending: PendingHandoff = {
    kind: 'handoff',
    stage: 'initials',
    to: start.to,
    urgency: start.urgency ?? 'normaal',
    dialogId: turn.session.dialogId,
    stepId: turn.session.stepId,
    askKey: start.askKey,
    nextStepId: start.nextStepId,
  };
  turn.audit('handoff.form');
  if (start.urgency === null) {
    moveTo(turn, { ...pending, stage: 'urgency' });
    return;
  }
  moveTo(turn, pending);
}

function receiverName(turn: Turn, to: HandoffTarget): string {
  const contact = turn.school.contacts.get(turn.school.roles[handoffRole[to]] ?? '');
  return contact?.named ? contact.name : turn.say(`engine.handoff.target.${to}`);
}

function moveTo(turn: Turn, pending: PendingHandoff): void {
  turn.session.pending = pending;
  const cancel: ChoiceView = { id: handoffChoice.cancel, label: turn.say('engine.handoff.cancel') };
  const vars = { who: receiverName(turn, pending.to), initials: turn.session.pupil.initials ?? '', group: turn.session.pupil.group ?? '' };
  const ask = (stage: HandoffStage, choices: ChoiceView[] = [cancel]) =>
    turn.reply({ text: turn.say(`engine.handoff.ask.${stage}`, vars), choices });
  switch (pending.stage) {
    case 'urgency':
      ask('urgency', [
        ...(['acuut', 'hoog', 'normaal'] as const).map((u) => ({ id: handoffChoice.urgency(u), label: turn.say(`engine.urgency.${u}`) })),
        cancel,
      ]);
      return;
    case 'initials':
      ask('initials');
      return;
    case 'group':
      ask('group');
      return;
    case 'note-offer':
      ask('note-offer', [
        { id: handoffChoice.noteNo, label: turn.say('engine.handoff.note-no'), style: 'primary' },
        { id: handoffChoice.noteYes, label: turn.say('engine.handoff.note-yes') },
        cancel,
      ]);
      return;
    case 'note':
      ask('note');
      return;
    case 'confirm':
      turn.reply({
        text: turn.say('engine.handoff.ask.confirm', {
          ...vars,
          route: turn.session.route ? turn.say(`route.${turn.session.route}`) : '-',
          urgency: turn.say(`engine.urgency.${pending.urgency}`),
        }),
        choices: [{ id: handoffChoice.send, label: turn.say('engine.handoff.send'), style: 'primary' }, cancel],
      });
      return;
  }
}

/** Handles a text answer while the form is open. */
export function handoffFormText(turn: Turn, pending: PendingHandoff, text: string): void {
  if (pending.stage === 'initials') {
    const result = toInitials(text);
    if (!result.ok) {
      turn.reply({ text: turn.say('engine.handoff.initials-invalid') });
      moveTo(turn, pending);
      return;
    }
    turn.session.pupil = { ...turn.session.pupil, initials: result.initials };
    if (result.fromFullName) {
      turn.reply({ text: turn.say('engine.handoff.full-name', { initials: result.initials }), tone: 'warning' });
    }
    moveTo(turn, { ...pending, stage: 'group' });
    return;
  }
  if (pending.stage === 'group') {
    const group = toGroup(text);
    if (!group) {
      turn.reply({ text: turn.say('engine.handoff.group-invalid') });
      moveTo(turn, pending);
      return;
    }
    turn.session.pupil = { ...turn.session.pupil, group };
    moveTo(turn, { ...pending, stage: 'note-offer' });
    return;
  }
  if (pending.stage === 'note') {
    const note = text.trim().slice(0, noteMaxLength);
    turn.session.pupil = { ...turn.session.pupil, note };
    moveTo(turn, { ...pending, stage: 'confirm' });
    return;
  }
  turn.reply({ text: turn.say('engine.handoff.use-buttons') });
  moveTo(turn, pending);
}

/** Handles a button while the form is open; false when the button is not the form's. */
export function handoffFormChoice(turn: Turn, pending: PendingHandoff, choiceId: string): boolean {
  if (choiceId === handoffChoice.cancel) {
    turn.session.pending = null;
    turn.session.pupil = {};
    turn.audit('handoff.cancel');
    turn.reply({ text: turn.say('engine.handoff.cancelled') });
    continueAfter(turn, pending);
    return true;
  }
  const urgency = choiceId.startsWith('handoff/urgency/') ? choiceId.slice('handoff/urgency/'.length) : null;
  if (pending.stage === 'urgency' && (urgency === 'acuut' || urgency === 'hoog' || urgency === 'normaal')) {
    moveTo(turn, { ...pending, urgency, stage: 'initials' });
    return true;
  }
  if (pending.stage === 'note-offer' && choiceId === handoffChoice.noteYes) {
    moveTo(turn, { ...pending, stage: 'note' });
    return true;
  }
  if (pending.stage === 'note-offer' && choiceId === handoffChoice.noteNo) {
    moveTo(turn, { ...pending, stage: 'confirm' });
    return true;
  }
  if (pending.stage === 'confirm' && choiceId === handoffChoice.send) {
    send(turn, pending);
    return true;
  }
  return false;
}

function send(turn: Turn, pending: PendingHandoff): void {
  const { initials, group, note } = turn.session.pupil;
  if (!initials || !group) throw new Error('handoff confirmed without initials and group');
  const done = turn.session.trail
    .filter((entry) => entry.choiceId)
    .map((entry) => {
      const dialog = turn.ctx.content.dialogs.get(entry.dialogId);
      const step = dialog?.steps[entry.stepId];
      const choice = step?.type === 'choice' ? step.choices.find((c) => c.id === entry.choiceId) : undefined;
      return choice && dialog ? turn.say(choice.label ?? `${dialog.id}.${entry.stepId}.${choice.id}`) : null;
    })
    .filter((label): label is string => label !== null);
  turn.effects.push({
    type: 'handoff',
    handoff: {
      id: turn.ctx.newId(),
      schoolId: turn.school.id,
      to: pending.to,
      urgency: pending.urgency,
      route: turn.session.route,
      // "Step reached" is the protocol step the teacher last answered, not the handoff prompt itself.
      dialogId: turn.session.trail.at(-1)?.dialogId ?? pending.dialogId,
      stepId: turn.session.trail.at(-1)?.stepId ?? pending.stepId,
      pupil: { initials, group },
      ...(note ? { note } : {}),
      done,
      ask: pending.askKey ? turn.say(pending.askKey) : turn.say('engine.handoff.default-ask'),
      asker: { userId: turn.session.userId, ...(turn.session.userName ? { name: turn.session.userName } : {}), conv: conversationOf(turn) },
      createdAt: turn.ctx.now.toISOString(),
    },
  });
  turn.session.pending = null;
  turn.session.pupil = { initials, group };
  turn.audit('handoff.request');
  turn.reply({ text: turn.say('engine.handoff.sent', { who: receiverName(turn, pending.to) }) });
  continueAfter(turn, pending);
}

function continueAfter(turn: Turn, pending: PendingHandoff): void {
  const dialog = pending.dialogId ? turn.ctx.content.dialogs.get(pending.dialogId) : undefined;
  if (dialog && pending.nextStepId) runFrom(turn, dialog, pending.nextStepId);
}
