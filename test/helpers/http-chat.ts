import type { ChoiceView, Reply } from '../../src/engine/types.js';

/** Talks to POST /api/chat like the web page does: type text or press a button by its id suffix. */
export class HttpChat {
  replies: Reply[] = [];
  route: string | undefined;
  readonly all: Reply[] = [];

  constructor(
    private readonly url: string,
    readonly schoolId: string,
    readonly conversationId: string,
    private readonly extra: { locale?: 'nl' | 'en'; user?: { id: string; name?: string; role?: string }; headers?: Record<string, string> } = {},
  ) {}

  private async post(message: { text: string } | { choiceId: string }): Promise<Reply[]> {
    const response = await fetch(`${this.url}/api/chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...this.extra.headers },
      body: JSON.stringify({
        conversationId: this.conversationId,
        schoolId: this.schoolId,
        user: this.extra.user ?? { id: 'teacher-1', name: 'Juf Test', role: 'leerkracht' },
        ...(this.extra.locale ? { locale: this.extra.locale } : {}),
        ...message,
      }),
    });
    const body = (await response.json()) as { replies: Reply[]; route?: string; error?: unknown };
    if (response.status !== 200) throw new Error(`POST /api/chat → ${response.status} ${JSON.stringify(body)}`);
    this.replies = body.replies;
    this.route = body.route;
    this.all.push(...body.replies);
    return body.replies;
  }

  say(text: string): Promise<Reply[]> {
    return this.post({ text });
  }

  pressId(choiceId: string): Promise<Reply[]> {
    return this.post({ choiceId });
  }

  get choices(): readonly ChoiceView[] {
    return this.replies.flatMap((r) => r.choices ?? []);
  }

  press(suffix: string): Promise<Reply[]> {
    const choice = this.choices.find((c) => c.id === suffix || c.id.endsWith(`/${suffix}`));
    if (!choice) throw new Error(`no button "${suffix}" among ${this.choices.map((c) => c.id).join(', ')}`);
    return this.pressId(choice.id);
  }

  get text(): string {
    return this.replies.map((r) => r.text).join('\n');
  }

  get phones(): string[] {
    return this.replies.flatMap((r) => (r.contacts ?? []).flatMap((c) => c.phones.map((p) => p.number)));
  }

  get contactNames(): string[] {
    return this.replies.flatMap((r) => (r.contacts ?? []).map((c) => c.name));
  }

  /** Fills the handoff form: initials, group, send (no note). */
  async completeHandoff(initials = 'S.V.', group = '6'): Promise<void> {
    await this.say(initials);
    await this.say(group);
    await this.press('handoff/send');
  }
}
