import type { Content } from '../../src/content/types.js';
import { advance } from '../../src/engine/advance.js';
import type { EngineContext } from '../../src/engine/context.js';
import type { InboundEvent, Session } from '../../src/engine/types.js';
import { memoTriage } from './interrupt-sentences.js';
import { openHandoff } from './protocol-kit.js';
import { Transcript } from './transcript.js';

/** A conversation state to test from: a session at rest, waiting for the user. */
export interface ConversationState {
  readonly school: string;
  /** idle, clarify, protocol step, or a form stage ("handoff:initials", "incident:date", "case-open:describe"). */
  readonly kind: string;
  readonly label: string;
  readonly session: Session;
  readonly ctx: EngineContext;
}

const handoffInputs: Record<string, InboundEvent> = {
  urgency: { kind: 'choice', choiceId: 'handoff/urgency/hoog' },
  initials: { kind: 'text', text: 'S.V.' },
  group: { kind: 'text', text: '6' },
};

/**
 * Every state a school's conversations can rest in: idle, a clarifying
 * question, every waiting step of every dialog the school maps (reached by
 * pressing buttons, breadth first), every stage of every handoff form met on
 * the way (initials, group, confirm, note), the handoff form from the
 * `overdracht` command (urgency), and for a director the incident register and
 * the calamity case prompts.
 */
export function conversationStates(content: Content, schoolId: string): ConversationState[] {
  const states: ConversationState[] = [];
  const teacher = new Transcript(schoolId, { triage: memoTriage });
  const ctx = teacher.ctx;
  const add = (kind: string, label: string, session: Session) => states.push({ school: schoolId, kind, label, session, ctx });
  const step = (session: Session, event: InboundEvent) => advance(ctx, session, event).session;

  add('idle', 'idle', teacher.session);
  add('clarify', 'clarifying question', step(teacher.session, { kind: 'text', text: 'ik heb een vraag' }));
  const command = step(teacher.session, { kind: 'text', text: 'overdracht' });
  add('handoff:urgency', 'overdracht command', command);

  const school = content.schools.get(schoolId)!;
  const seen = new Set<string>();
  for (const [route, target] of Object.entries(school.routes)) {
    if (typeof target !== 'string') continue;
    const queue: Session[] = [step(teacher.session, { kind: 'choice', choiceId: `route/${route}` })];
    while (queue.length > 0) {
      let session = queue.shift()!;
      session = throughHandoffForm(session, add, step, seen);
      const at = `${session.dialogId}/${session.stepId}`;
      const waiting = session.route === route && session.dialogId ? content.dialogs.get(session.dialogId)?.steps[session.stepId ?? ''] : undefined;
      if (waiting?.type !== 'choice' || seen.has(at)) continue;
      seen.add(at);
      add('protocol', at, session);
      for (const choice of waiting.choices) queue.push(step(session, { kind: 'choice', choiceId: `${session.dialogId}/${session.stepId}/${choice.id}` }));
    }
  }
  states.push(...directorStates(schoolId, content));
  return states;
}

/** Records each stage of an open handoff form (once per handoff step), then fills and sends it. */
function throughHandoffForm(
  start: Session,
  add: (kind: string, label: string, session: Session) => void,
  step: (session: Session, event: InboundEvent) => Session,
  seen: Set<string>,
): Session {
  let session = start;
  for (let i = 0; i < 6; i++) {
    const stage = openHandoff({ session } as Transcript)?.stage;
    if (!stage) return session;
    const where = `${session.dialogId}/${session.stepId}#${stage}`;
    const first = !seen.has(where);
    seen.add(where);
    if (first) add(`handoff:${stage}`, where, session);
    if (stage === 'confirm') {
      if (first) add('handoff:note', `${where}+note`, step(session, { kind: 'choice', choiceId: 'handoff/note' }));
      return step(session, { kind: 'choice', choiceId: 'handoff/send' });
    }
    session = step(session, handoffInputs[stage]!);
  }
  return session;
}

function directorStates(schoolId: string, content: Content): ConversationState[] {
  const states: ConversationState[] = [];
  const director = new Transcript(schoolId, { role: 'directeur', triage: memoTriage });
  const add = (kind: string) => states.push({ school: schoolId, kind, label: kind, session: director.session, ctx: director.ctx });
  const school = content.schools.get(schoolId)!;
  director.say('incident');
  add('incident:category');
  const weapons = school.incidents.categories.find((c) => c.kinds && c.kinds.length > 0);
  director.pressId(`incident/category/${(weapons ?? school.incidents.categories[0]!).id}`);
  if (weapons) {
    add('incident:kind');
    director.pressId(`incident/kind/${weapons.kinds![0]!.id}`);
  }
  add('incident:date');
  director.pressId('incident/date/today');
  add('incident:place');
  director.say('gymzaal');
  add('incident:initials');
  director.say('S.V.');
  if (!school.calamity) return states;
  const template = school.calamity.templates.includes('rouw') ? 'rouw' : school.calamity.templates[0]!;
  // As in calamity mode: a route first (a death), then its case.
  director.pressId('route/overlijden');
  director.pressId(`case/open/${template}`);
  add('case:describe');
  director.say('Overlijden leerling groep 6 na ongeval');
  add('case:size');
  if (director.session.forms.at(-1)?.stepId !== 'size') throw new Error('the case title was not taken');
  director.pressId('case-open/size/groot');
  const item = content.calamityTemplates.get(template)!.sections[0]!.items[0]!;
  const opened = director.session;
  director.pressId('case/note');
  add('case:note');
  director.session = opened;
  director.pressId(`case/assign/${item}`);
  add('case:assign-name');
  director.session = opened;
  director.pressId('case/team-add/bestuur');
  add('case:crisis-name');
  return states;
}
