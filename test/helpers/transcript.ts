import { engineContextFactory } from '../../src/app/engine-context.js';
import type { Content, Locale } from '../../src/content/types.js';
import { advance, newSession } from '../../src/engine/advance.js';
import type { TriageResult } from '../../src/engine/context.js';
import type { ChoiceView, Effect, InboundEvent, Reply, Session } from '../../src/engine/types.js';
import type { Translate } from '../../src/i18n.js';
import { triage as realTriage } from '../../src/triage/triage.js';
import { realContent } from './content.js';

export interface TranscriptOptions {
  readonly locale?: Locale;
  readonly now?: Date;
  readonly content?: Content;
  readonly t?: Translate;
  readonly triage?: (text: string, locale: Locale) => TriageResult;
  /** The asker's role (unset: the teacher's view). */
  readonly role?: string;
  readonly key?: string;
}

/**
 * Drives the pure engine like a user would, without a server: type text,
 * press buttons by label or id, and inspect the replies and effects.
 */
export class Transcript {
  session: Session;
  replies: Reply[] = [];
  effects: Effect[] = [];
  route: string | undefined;
  readonly all: Reply[] = [];
  private readonly context;

  constructor(schoolId: string, options: TranscriptOptions = {}) {
    const loaded = realContent();
    const content = options.content ?? loaded.content;
    const t = options.t ?? loaded.t;
    const now = options.now ?? new Date('2026-11-24T10:15:00+01:00');
    let ids = 0;
    const factory = engineContextFactory(content, t, options.triage ?? realTriage);
    this.context = () => ({ ...factory(now), newId: () => `id-${++ids}` });
    this.session = newSession({ key: options.key ?? 'web:transcript', schoolId, userId: 'u-test', ...(options.role ? { role: options.role } : {}), locale: options.locale ?? 'nl', now });
  }

  /** The engine's context for this transcript (same clock, same ids). */
  get ctx() {
    return this.context();
  }

  private apply(event: InboundEvent): Reply[] {
    const result = advance(this.context(), this.session, event);
    this.session = result.session;
    this.replies = [...result.effects.filter((e) => e.type === 'reply').map((e) => e.reply)];
    this.effects = [...result.effects];
    this.route = result.route;
    this.all.push(...this.replies);
    return this.replies;
  }

  say(text: string): Reply[] {
    return this.apply({ kind: 'text', text });
  }

  /** An explicit question, as Slack's `/watnu <vraag>` sends it. */
  ask(text: string): Reply[] {
    return this.apply({ kind: 'text', text, question: true });
  }

  pressId(choiceId: string): Reply[] {
    return this.apply({ kind: 'choice', choiceId });
  }

  /** The buttons on the last reply that has any. */
  get choices(): readonly ChoiceView[] {
    for (let i = this.replies.length - 1; i >= 0; i--) {
      const choices = this.replies[i]?.choices;
      if (choices && choices.length > 0) return choices;
    }
    return [];
  }

  /** Presses the button whose id ends with `/<suffix>` or whose label contains `label`. */
  press(match: string): Reply[] {
    const choice =
      this.choices.find((c) => c.id === match || c.id.endsWith(`/${match}`)) ??
      this.choices.find((c) => c.label.toLowerCase().includes(match.toLowerCase()));
    if (!choice) {
      throw new Error(`no button "${match}" among: ${this.choices.map((c) => `${c.id} (${c.label})`).join(', ')}`);
    }
    return this.pressId(choice.id);
  }

  get text(): string {
    return this.replies.map((r) => r.text).join('\n');
  }

  /** Every phone number on contact cards in the last replies. */
  get phones(): string[] {
    return this.replies.flatMap((r) => (r.contacts ?? []).flatMap((c) => c.phones.map((p) => p.number)));
  }
}
