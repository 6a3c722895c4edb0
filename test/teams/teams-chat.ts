import { type CardButton, cardButtons, cardOf, cardText, type Wire } from './card-reader.js';
import type { ConnectorCall, FakeConnector } from './fake-connector.js';
import { conversationOf, executeInvoke, message, submitMessage, type User, type Where } from './activities.js';

export interface PostResult {
  readonly status: number;
  readonly body: Wire;
}

/** POSTs an activity to WatNu's /api/messages as the Bot Connector would. */
export async function postActivity(appUrl: string, activity: unknown, headers: Record<string, string> = {}): Promise<PostResult> {
  const response = await fetch(`${appUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(activity),
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    /* not JSON */
  }
  return { status: response.status, body };
}

/**
 * One person in one Teams conversation: type, press buttons on the cards the
 * bot posted, and read the replies — all through /api/messages and the fake
 * Bot Connector, like the Teams client.
 */
export class TeamsChat {
  /** Connector calls caused by the last action. */
  replies: ConnectorCall[] = [];
  lastInvoke: PostResult | null = null;
  readonly all: ConnectorCall[] = [];

  constructor(
    private readonly appUrl: string,
    private readonly connector: FakeConnector,
    readonly where: Where,
    readonly user: User,
    private readonly locale = 'nl-NL',
  ) {}

  get conversationId(): string {
    return conversationOf(this.where).id as string;
  }

  private async send(activity: unknown): Promise<PostResult> {
    const before = this.connector.calls.length;
    const result = await postActivity(this.appUrl, activity);
    if (result.status >= 400) throw new Error(`/api/messages → ${result.status} ${JSON.stringify(result.body)}`);
    this.replies = this.connector.calls.slice(before).filter((c) => c.method === 'POST' && c.conversationId === this.conversationId);
    this.all.push(...this.replies);
    return result;
  }

  async say(text: string): Promise<void> {
    await this.send(message(this.connector.url, this.where, this.user, text, this.locale));
  }

  /** Cards of the last replies. */
  get cards(): Wire[] {
    return this.replies.map((r) => cardOf(r.body)).filter(Boolean);
  }

  get text(): string {
    return this.cards.map(cardText).join('\n');
  }

  get buttons(): Array<CardButton & { activityId: string }> {
    return this.replies.flatMap((r) => cardButtons(cardOf(r.body)).map((b) => ({ ...b, activityId: r.id! })));
  }

  /** The button whose choice id is `suffix` or ends with `/suffix`, on the last replies (or on an older card). */
  find(suffix: string, among = this.replies): CardButton & { activityId: string } {
    const buttons = among.flatMap((r) => cardButtons(cardOf(r.body)).map((b) => ({ ...b, activityId: r.id! })));
    const match = buttons.find((b) => {
      const id = b.data.choice ?? `ack/${b.data.handoff}`;
      return id === suffix || id.endsWith(`/${suffix}`);
    });
    if (!match) throw new Error(`no button "${suffix}" among ${buttons.map((b) => b.data.choice ?? b.data.handoff).join(', ')}`);
    return match;
  }

  /** Presses a button (Action.Execute → invoke); the invoke response is kept in lastInvoke. */
  async press(suffix: string): Promise<PostResult> {
    return this.click(this.find(suffix));
  }

  async click(button: CardButton & { activityId: string }): Promise<PostResult> {
    const result = await this.send(executeInvoke(this.connector.url, this.where, this.user, button.activityId, { verb: button.verb, data: button.data }, this.locale));
    this.lastInvoke = result;
    return result;
  }

  /** Presses a button the Action.Submit way (a message with a value). */
  async submit(button: CardButton & { activityId: string }): Promise<PostResult> {
    return this.send(submitMessage(this.connector.url, this.where, this.user, button.activityId, button.data, this.locale));
  }

  /** Fills the handoff form: initials, group, send (no note). */
  async completeHandoff(initials = 'S.V.', group = '6'): Promise<void> {
    await this.say(initials);
    await this.say(group);
    await this.press('handoff/send');
  }
}
