import { schoolVariables } from '../content/placeholders.js';
import type { SourceRef } from '../content/source-ref.js';
import type { School } from '../content/types.js';
import type { EngineContext } from './context.js';
import type { Effect, FormFrame, Reply, Session } from './types.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * The working state of one turn: a private copy of the session and the effects
 * collected so far. Only the step function creates and finishes turns.
 */
export class Turn {
  readonly session: Mutable<Session>;
  readonly effects: Effect[] = [];
  route: string | undefined;
  readonly school: School;
  private readonly variables: Record<string, unknown>;

  constructor(
    readonly ctx: EngineContext,
    session: Session,
  ) {
    this.session = { ...session, trail: [...session.trail], forms: [...session.forms], handled: [...session.handled], paused: [...session.paused] };
    const school = ctx.content.schools.get(session.schoolId);
    if (!school) throw new Error(`session ${session.key} refers to unknown school ${session.schoolId}`);
    this.school = school;
    this.variables = schoolVariables(school);
  }

  /** Translates a key for this session's locale with the school's names and numbers filled in. */
  say(key: string, vars: Record<string, unknown> = {}): string {
    return this.ctx.t(this.session.locale, key, { ...this.variables, var: vars });
  }

  /** The innermost open form, if any. */
  get form(): FormFrame | undefined {
    return this.session.forms.at(-1);
  }

  /** Replaces the innermost open form. */
  setForm(frame: FormFrame): void {
    this.session.forms = [...this.session.forms.slice(0, -1), frame];
  }

  reply(reply: Reply): void {
    this.effects.push({ type: 'reply', reply });
  }

  audit(action: string): void {
    this.effects.push({
      type: 'audit',
      event: { action, route: this.session.route, dialogId: this.session.dialogId, stepId: this.session.stepId },
    });
  }

  sourceLabel(source: SourceRef | undefined): string | undefined {
    if (!source) return undefined;
    const title = this.ctx.content.sources.get(source.doc)?.title ?? source.doc;
    return `${title} — ${source.section}${source.note ? ` (${source.note})` : ''}`;
  }
}
