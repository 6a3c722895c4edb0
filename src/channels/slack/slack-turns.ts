import type { webApi } from '@slack/bolt';
import { KeyedMutex } from '../../app/keyed-mutex.js';
import type { Locale } from '../../content/types.js';
import type { InboundEvent, Reply } from '../../engine/types.js';
import { isWatnuError } from '../../errors.js';
import { loadSession } from '../../store/session-repository.js';
import { conversationId, type SlackPlace } from './conversation-id.js';
import type { SlackChannelDeps } from './slack-deps.js';
import type { SlackIdentity } from './slack-identity.js';
import { turnMessages } from './slack-message.js';
import { slackSay } from './slack-texts.js';

export interface SlackTurn {
  readonly place: SlackPlace;
  readonly userId: string;
  readonly identity: SlackIdentity;
  /** The Slack name when the configuration has none (shown on handoffs). */
  readonly displayName?: string;
  readonly event: InboundEvent;
}

/** Where chat.postMessage should put an answer for a place. */
export function placeArgs(place: SlackPlace): { channel: string; thread_ts?: string } {
  return place.kind === 'thread' ? { channel: place.channelId, thread_ts: place.threadTs } : { channel: place.channelId };
}

/**
 * Runs a turn for a Slack conversation and posts its replies there, one turn
 * at a time per conversation so answers never interleave.
 */
export class SlackTurns {
  private readonly mutex = new KeyedMutex();

  constructor(
    private readonly deps: SlackChannelDeps,
    private readonly client: webApi.WebClient,
  ) {}

  async run(turn: SlackTurn): Promise<void> {
    const id = conversationId(turn.place);
    const log = this.deps.log.child({ channel: 'slack', school: turn.identity.schoolId, conversation: id, event: turn.event.kind });
    await this.mutex.run(id, async () => {
      let replies: readonly Reply[];
      try {
        const name = turn.identity.name ?? turn.displayName;
        const outcome = await this.deps.runner.run(
          {
            conv: { channel: 'slack', id },
            user: { id: turn.userId, ...(name ? { name } : {}), ...(turn.identity.role ? { role: turn.identity.role } : {}) },
            schoolId: turn.identity.schoolId,
            event: turn.event,
          },
          this.deps.clock(),
          log,
        );
        replies = outcome.replies;
      } catch (error) {
        const limited = isWatnuError(error, 'RATE_LIMITED');
        if (!limited) log.error({ err: (error as Error).message }, 'slack turn failed');
        await this.notice(turn.place, limited ? 'rate-limited' : 'error', {}, await this.locale(id));
        return;
      }
      if (replies.length === 0) return;
      const owner = turn.place.kind === 'thread' ? turn.place.userId : undefined;
      for (const message of turnMessages(replies, slackSay(this.deps.t, await this.locale(id)), owner)) {
        await this.client.chat.postMessage({ ...placeArgs(turn.place), text: message.text, blocks: message.blocks, unfurl_links: false, unfurl_media: false });
      }
    });
  }

  /** The language the conversation is in (remembered in its session), for the channel's own words. */
  async locale(conversation: string): Promise<Locale> {
    const session = await loadSession(this.deps.db, `slack:${conversation}`);
    return session?.locale ?? this.deps.content.defaultLanguage;
  }

  /** One of the channel's own messages (locales/<lang>/slack.json), posted in the conversation. */
  async notice(place: SlackPlace, key: string, vars: Record<string, unknown> = {}, given?: Locale): Promise<void> {
    const locale = given ?? this.deps.content.defaultLanguage;
    const text = slackSay(this.deps.t, locale)(key, vars);
    const [message] = turnMessages([{ text }], slackSay(this.deps.t, locale));
    await this.client.chat.postMessage({ ...placeArgs(place), text: message!.text, blocks: message!.blocks, unfurl_links: false, unfurl_media: false });
  }
}
