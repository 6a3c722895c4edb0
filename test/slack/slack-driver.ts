import { expect } from 'vitest';
import { unescapeMrkdwn } from '../../src/channels/slack/mrkdwn.js';
import type { FakeSlackApi, StoredMessage } from './fake-slack-api.js';
import { blockActions, directMessage, type SlackUser, slashCommand } from './payloads.js';
import { dmOf } from './slack-schools.js';
import { signedHeaders, signingSecret } from './slack-signing.js';
import type { SlackJson } from './slack-json.js';

export interface HttpResult {
  readonly status: number;
  readonly body: SlackJson;
}

export interface Button {
  readonly blockId: string;
  readonly button: SlackJson;
  readonly choiceId: string;
  readonly label: string;
}

/** Every WatNu button in a message, with the engine choice id it carries. */
export function buttonsOf(message: StoredMessage): Button[] {
  return message.blocks.flatMap((block: SlackJson) => {
    const elements = block.type === 'actions' ? block.elements : block.accessory ? [block.accessory] : [];
    return elements.map((button: SlackJson) => ({ blockId: block.block_id, button, choiceId: JSON.parse(button.value).c, label: button.text.text }));
  });
}

/** What a user reads in messages: section, field, header and context texts, unescaped. */
export function textOf(messages: readonly StoredMessage[]): string {
  return messages
    .flatMap((m) =>
      m.blocks.flatMap((b: SlackJson) => [b.text?.text, ...(b.fields ?? []).map((f: SlackJson) => f.text), ...(b.elements ?? []).filter((e: SlackJson) => e.type === 'mrkdwn').map((e: SlackJson) => e.text)]),
    )
    .filter((t): t is string => typeof t === 'string')
    .map(unescapeMrkdwn)
    .join('\n');
}

/**
 * Plays Slack: sends signed, real-shaped requests to WatNu's Slack endpoints
 * and waits for the messages WatNu posts to the fake Web API in return.
 */
export class SlackDriver {
  constructor(
    readonly appUrl: string,
    readonly api: FakeSlackApi,
  ) {}

  async send(path: string, body: string, contentType: string, headers: Record<string, string> = signedHeaders(body)): Promise<HttpResult> {
    const response = await fetch(`${this.appUrl}${path}`, { method: 'POST', headers: { 'content-type': contentType, ...headers }, body });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      /* plain text or empty */
    }
    return { status: response.status, body: parsed };
  }

  event(payload: unknown, headers?: Record<string, string>): Promise<HttpResult> {
    const body = JSON.stringify(payload);
    return this.send('/slack/events', body, 'application/json', headers ?? signedHeaders(body));
  }

  interaction(payload: unknown): Promise<HttpResult> {
    const body = `payload=${encodeURIComponent(JSON.stringify(payload))}`;
    return this.send('/slack/interactivity', body, 'application/x-www-form-urlencoded');
  }

  command(fields: Record<string, string>): Promise<HttpResult> {
    return this.send('/slack/commands', new URLSearchParams(fields).toString(), 'application/x-www-form-urlencoded');
  }

  /** Waits until WatNu has stopped calling the Web API for a moment. */
  async settle(quietMs = 120, timeoutMs = 8000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let count = this.api.calls.length;
    let quietSince = Date.now();
    while (Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 15));
      if (this.api.calls.length !== count) {
        count = this.api.calls.length;
        quietSince = Date.now();
      } else if (Date.now() - quietSince >= quietMs) return;
    }
  }

  /** Waits for a condition on the fake API (outbox deliveries arrive on the dispatcher's schedule). */
  async until<T>(probe: () => T | undefined | null | false, timeoutMs = 8000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = probe();
      if (value) return value;
      if (Date.now() > deadline) throw new Error('timed out waiting for Slack calls');
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  /** New messages WatNu posts in a channel (or thread) while `action` runs. */
  async postsDuring(channel: string, threadTs: string | undefined, action: () => Promise<HttpResult>): Promise<StoredMessage[]> {
    const before = new Set(this.api.channel(channel, threadTs).map((m) => m.ts));
    const result = await action();
    expect(result.status).toBe(200);
    await this.until(() => this.api.channel(channel, threadTs).some((m) => !before.has(m.ts)));
    await this.settle();
    return this.api.channel(channel, threadTs).filter((m) => !before.has(m.ts));
  }

  /** A user writes to WatNu in their DM; returns WatNu's answer. */
  dm(user: SlackUser, text: string): Promise<StoredMessage[]> {
    return this.postsDuring(dmOf(user), undefined, () => this.event(directMessage(user, dmOf(user), text)));
  }

  /** `/watnu <text>` typed in `channel`; the answer arrives in the user's DM. */
  async slash(user: SlackUser, channel: string, text: string): Promise<{ ack: HttpResult; posts: StoredMessage[] }> {
    let ack: HttpResult | undefined;
    const posts = await this.postsDuring(dmOf(user), undefined, async () => {
      ack = await this.command(slashCommand(user, channel, text));
      return ack;
    });
    return { ack: ack!, posts };
  }

  /** Presses the button whose choice id is `match` or ends with `/<match>`; returns WatNu's answer in the same place. */
  press(user: SlackUser, message: StoredMessage, match: string): Promise<StoredMessage[]> {
    const found = this.find(message, match);
    return this.postsDuring(message.channel, message.thread_ts, () => this.interaction(blockActions(user, message, found.blockId, found.button)));
  }

  /** Presses a button without expecting a new message (ack buttons, refused clicks). */
  async pressOnly(user: SlackUser, message: StoredMessage, match: string): Promise<void> {
    const found = this.find(message, match);
    const result = await this.interaction(blockActions(user, message, found.blockId, found.button));
    expect(result.status).toBe(200);
    await this.settle();
  }

  /** The message as it is now on the fake Slack (after chat.update). */
  current(message: StoredMessage): StoredMessage {
    return this.api.message(message.channel, message.ts) ?? message;
  }

  private find(message: StoredMessage, match: string): Button {
    const all = buttonsOf(message);
    const found = all.find((b) => b.choiceId === match || b.choiceId.endsWith(`/${match}`));
    if (!found) throw new Error(`no button "${match}" among ${all.map((b) => b.choiceId).join(', ')}`);
    return found;
  }
}

export { signingSecret };
