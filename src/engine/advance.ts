import type { EngineContext } from './context.js';
import { dropStaleHeld } from './forms/form-held.js';
import { onChoice } from './on-choice.js';
import { onText } from './on-text.js';
import { dedupeChoices } from './replies.js';
import { Turn } from './turn.js';
import type { Effect, InboundEvent, Session, TurnResult } from './types.js';

/**
 * The pure step function: (definition, session, event) → (session, effects).
 * No I/O, no clock, no randomness: all of it comes in through `ctx`.
 */
export function advance(ctx: EngineContext, session: Session, event: InboundEvent): TurnResult {
  const turn = new Turn(ctx, session);
  dropStaleHeld(turn);
  if (event.kind === 'choice') onChoice(turn, event.choiceId);
  else onText(turn, event.text, event.question ?? false);
  const next: Session = {
    ...turn.session,
    lastChoice: event.kind === 'choice' ? event.choiceId : null,
    version: session.version + 1,
    updatedAt: ctx.now.toISOString(),
  };
  return { session: next, effects: turn.effects.map(withoutDuplicateChoices), ...(turn.route ? { route: turn.route } : {}) };
}

function withoutDuplicateChoices(effect: Effect): Effect {
  return effect.type === 'reply' && effect.reply.choices ? { ...effect, reply: { ...effect.reply, choices: dedupeChoices(effect.reply.choices) } } : effect;
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
    forms: [],
    handled: [],
    paused: [],
    clarify: null,
    lastChoice: null,
    calamity: {},
    version: 0,
    createdAt: at,
    updatedAt: at,
  };
}
