import { choiceLabelKey, stepTextKey } from '../content/dialog-keys.js';
import type { Step } from '../content/dialog-schema.js';
import type { Dialog } from '../content/types.js';
import { conversationOf } from './actor.js';
import { jumpTarget } from './entries.js';
import { runHandoffStep } from './handoff-step.js';
import { resumeChoice } from './pause.js';
import { emergencyChoice, menuReply, restartChoice, routeChoice } from './replies.js';
import { shortcutChoices } from './shortcuts.js';
import type { Turn } from './turn.js';
import type { ChoiceView, Reply } from './types.js';

const maxStepsPerTurn = 60;

export type StartReason = 'triage' | 'menu' | 'switch' | 'emergency' | 'interrupt' | 'question';

/** Starts the school's dialog for a route (at the entry the asker's words choose), or says honestly that the plan lacks it. */
export function startRoute(turn: Turn, route: string, reason: StartReason, query?: string): void {
  const target = turn.school.routes[route];
  const s = turn.session;
  turn.route = route;
  s.route = route;
  s.forms = [];
  s.clarify = null;
  if (reason !== 'switch') {
    s.trail = [];
    s.handled = [];
  }
  turn.audit(`route.start.${reason}`);
  if (route === 'sociale-kaart' && query) {
    const cards = turn.ctx.lookupContacts(turn.school, query, turn.ctx.now, s.locale);
    if (cards.length > 0) turn.reply({ text: turn.say('engine.lookup.results'), contacts: cards });
  }
  if (target === undefined) {
    s.dialogId = null;
    s.stepId = null;
    menuReply(turn, 'engine.route-unavailable');
    return;
  }
  if (typeof target !== 'string') {
    absentReply(turn, route, target.absent);
    return;
  }
  const dialog = turn.ctx.content.dialogs.get(target);
  if (!dialog) throw new Error(`school ${turn.school.id} maps ${route} to missing dialog ${target}`);
  s.dialogId = dialog.id;
  const entry = query ? jumpTarget(turn, dialog, query) : null;
  if (entry) turn.audit(`route.entry.${entry.name}`);
  runFrom(turn, dialog, entry?.step ?? dialog.start);
}

type Absent = Exclude<Turn['school']['routes'][string], string>['absent'];

/** The plan names no protocol (or none at all): say so, with the emergency basics first on a safety route. */
function absentReply(turn: Turn, route: string, absent: Absent): void {
  const s = turn.session;
  s.dialogId = null;
  s.stepId = null;
  const askNames = absent.ask.map((role) => turn.say('engine.role-holder', roleVars(turn, role))).join(turn.say('engine.or'));
  const safety = turn.ctx.content.routes.get(route)?.safety ?? false;
  const honest = turn.say(absent.named ? 'engine.absent.named' : 'engine.absent.missing', { route: turn.say(`route.${route}`), who: askNames, step: absent.name });
  // On a safety route the emergency basics come first, before the honest "not in your plan".
  const refs = [...(safety ? absent.contacts : []), ...absent.ask.map((r) => `role:${r}`), ...absent.contacts];
  // The plan says whom to ask: on a safety route that person can be reached with one button.
  const handoff = safety ? absentHandoffChoice(turn, absent) : null;
  turn.reply({
    text: safety ? `${turn.say('engine.absent.safety-first', { who: askNames })}\n${honest}` : honest,
    contacts: turn.ctx.contactCards(turn.school, refs, turn.ctx.now, s.locale),
    source: turn.sourceLabel(absent.source),
    tone: safety ? 'safety' : 'warning',
    choices: [...(handoff ? [handoff] : []), emergencyChoice(turn), restartChoice(turn), ...resumeChoices(turn)],
  });
}

function absentHandoffChoice(turn: Turn, absent: Absent): ChoiceView | null {
  const role = absent.ask.find((r) => (r === 'directeur' || r === 'intern-begeleider') && r !== turn.session.role);
  if (!role) return null;
  const to = role === 'directeur' ? 'directeur' : 'ib';
  return { id: `cmd/handoff-${to}`, label: turn.say(`engine.shortcut.${to}`, { who: turn.say(`engine.handoff.target.${to}`) }), style: 'primary' };
}

function roleVars(turn: Turn, role: string): Record<string, unknown> {
  const contact = turn.school.contacts.get(turn.school.roles[role] ?? '');
  if (!contact) return { who: role };
  return { who: contact.named ? `${contact.name} (${turn.say(`role.${role}`)})` : turn.say(`role.the.${role}`) };
}

/** Runs steps from `stepId` until one waits for the user or the dialog ends. */
export function runFrom(turn: Turn, dialog: Dialog, stepId: string): void {
  let currentId: string | null = stepId;
  for (let count = 0; currentId !== null; count++) {
    if (count > maxStepsPerTurn) throw new Error(`dialog ${dialog.id} ran more than ${maxStepsPerTurn} steps in one turn`);
    const step: Step | undefined = dialog.steps[currentId];
    if (!step) throw new Error(`dialog ${dialog.id} has no step ${currentId}`);
    turn.session.dialogId = dialog.id;
    turn.session.stepId = currentId;
    turn.audit('step.enter');
    currentId = runStep(turn, dialog, currentId, step);
  }
}

/** Performs one step; returns the next step id, or null when the turn stops here. */
function runStep(turn: Turn, dialog: Dialog, stepId: string, step: Step): string | null {
  switch (step.type) {
    case 'message':
    case 'contact':
    case 'checklist':
      turn.reply(stepReply(turn, dialog, stepId, step));
      return step.next;
    case 'choice':
      turn.reply(stepReply(turn, dialog, stepId, step));
      return null;
    case 'reminder': {
      turn.reply(stepReply(turn, dialog, stepId, step));
      turn.effects.push({
        type: 'reminder',
        reminder: {
          id: turn.ctx.newId(),
          schoolId: turn.school.id,
          role: step.to,
          dueAt: turn.ctx.dueAfter(turn.school, step.after, turn.ctx.now).toISOString(),
          dialogId: dialog.id,
          stepId,
          asker: { userId: turn.session.userId, conv: conversationOf(turn), locale: turn.session.locale },
        },
      });
      return step.next;
    }
    case 'handoff':
      return runHandoffStep(turn, dialog, stepId, step, step.next, () => turn.reply(stepReply(turn, dialog, stepId, step)));
    case 'switch':
      if (step.text) turn.reply(stepReply(turn, dialog, stepId, step));
      startRoute(turn, step.route, 'switch');
      return null;
    case 'end':
      turn.reply({
        ...stepReply(turn, dialog, stepId, step),
        choices: [...(step.offer ?? []).map((route) => routeChoice(turn, route)), restartChoice(turn), ...resumeChoices(turn)],
        ended: dialog.route,
      });
      turn.audit('dialog.end');
      return null;
    case 'collect':
    case 'confirm':
    case 'action':
      throw new Error(`dialog ${dialog.id} step ${stepId}: "${step.type}" steps run in forms (dialogs/forms/)`);
  }
}

function resumeChoices(turn: Turn): ChoiceView[] {
  const choice = resumeChoice(turn);
  return choice ? [choice] : [];
}

/** The neutral reply for a step: text, contact cards, buttons (with handoff shortcuts), checklist, citation. */
export function stepReply(turn: Turn, dialog: Dialog, stepId: string, step: Step): Reply {
  const key = stepTextKey(dialog, stepId, step);
  const safety = turn.ctx.content.routes.get(dialog.route)?.safety ?? false;
  const reply: { -readonly [K in keyof Reply]: Reply[K] } = {
    text: key ? turn.say(key) : '',
    source: turn.sourceLabel(step.source),
    tone: safety ? 'safety' : 'normal',
  };
  if (step.contacts && step.contacts.length > 0) {
    reply.contacts = turn.ctx.contactCards(turn.school, step.contacts, turn.ctx.now, turn.session.locale);
  }
  if (step.type === 'choice') {
    const own = step.choices.map((choice) => ({
      id: `${dialog.id}/${stepId}/${choice.id}`,
      label: turn.say(choiceLabelKey(dialog, stepId, choice)),
    }));
    reply.choices = [...own, ...shortcutChoices(turn, dialog, stepId, step)];
  }
  if (step.type === 'checklist') {
    reply.checklist = {
      items: step.items.map((item) => ({ id: item.id, label: turn.say(item.label ?? `${dialog.id}.${stepId}.${item.id}`) })),
    };
  }
  return reply;
}
