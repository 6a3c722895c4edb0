import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { blockKitViolations } from './block-kit-check.js';
import type { SlackJson } from './slack-json.js';

export const botUserId = 'U0WATNU';
export const botId = 'B0WATNU';

export interface SlackCall {
  readonly method: string;
  readonly args: Record<string, SlackJson>;
  readonly token: string | undefined;
}

export interface StoredMessage {
  type: 'message';
  channel: string;
  ts: string;
  thread_ts?: string;
  user: string;
  bot_id: string;
  text: string;
  blocks: SlackJson[];
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
}

/** What the next call of a method should do instead of succeeding. */
export type Failure =
  | { readonly status: 429; readonly retryAfter: number }
  | { readonly status: 500 }
  | { readonly error: string }
  /** The message is stored (it "arrived") but the connection drops before the answer. */
  | { readonly dropAfterStoring: true };

/**
 * A fake Slack Web API on loopback: records every call, keeps posted
 * messages per channel (with metadata, for conversations.history), checks
 * blocks against Block Kit limits (invalid_blocks like Slack), and can be
 * told to fail the next call of a method.
 */
export class FakeSlackApi {
  readonly calls: SlackCall[] = [];
  readonly messages: StoredMessage[] = [];
  private readonly failures = new Map<string, Array<{ failure: Failure; when: (args: Record<string, SlackJson>) => boolean }>>();
  private seq = 0;
  private server!: Server;
  url = '';
  /** What apps.connections.open hands out (a FakeSocketMode url). */
  socketModeUrl = '';
  /** Channels the bot has not been invited to: posts and history there answer not_in_channel. */
  readonly notInChannel = new Set<string>();
  /** Set to a Slack error (token_revoked, invalid_auth) to refuse every call with it. */
  tokenError: string | null = null;

  static async start(): Promise<FakeSlackApi> {
    const api = new FakeSlackApi();
    api.server = createServer((req, res) => {
      api.handle(req, res).catch((error: unknown) => {
        res.writeHead(500).end(String(error));
      });
    });
    await new Promise<void>((resolve) => api.server.listen(0, '127.0.0.1', resolve));
    api.url = `http://127.0.0.1:${(api.server.address() as AddressInfo).port}/api/`;
    return api;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** The next call of `method` (whose arguments match `when`, e.g. a channel) fails this way. */
  failNext(method: string, failure: Failure, when: (args: Record<string, SlackJson>) => boolean = () => true): void {
    this.failures.set(method, [...(this.failures.get(method) ?? []), { failure, when }]);
  }

  private takeFailure(method: string, args: Record<string, SlackJson>): Failure | undefined {
    const pending = this.failures.get(method) ?? [];
    const index = pending.findIndex((f) => f.when(args));
    if (index === -1) return undefined;
    return pending.splice(index, 1)[0]!.failure;
  }

  callsOf(method: string): SlackCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Messages in a channel (or a thread), oldest first. */
  channel(channel: string, threadTs?: string): StoredMessage[] {
    return this.messages.filter((m) => m.channel === channel && (threadTs === undefined || m.thread_ts === threadTs || m.ts === threadTs));
  }

  message(channel: string, ts: string): StoredMessage | undefined {
    return this.messages.find((m) => m.channel === channel && m.ts === ts);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.url ?? '').replace(/^\/api\//, '').split('?')[0]!;
    const args = parseArgs(await readBody(req), req.headers['content-type']);
    const token = req.headers.authorization?.replace(/^Bearer /, '');
    this.calls.push({ method, args, token });
    const json = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
    };
    if (this.tokenError) return json(200, { ok: false, error: this.tokenError });
    const posting = ['chat.postMessage', 'conversations.history', 'conversations.replies'].includes(method);
    if (posting && this.notInChannel.has(String(args.channel))) return json(200, { ok: false, error: 'not_in_channel' });
    const failure = this.takeFailure(method, args);
    if (failure && 'status' in failure) {
      if (failure.status === 429) return json(429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(failure.retryAfter) });
      return json(500, { ok: false, error: 'internal_error' });
    }
    if (failure && 'error' in failure) return json(200, { ok: false, error: failure.error });
    const result = this.answer(method, args);
    if (failure && 'dropAfterStoring' in failure) {
      req.socket.destroy();
      return;
    }
    json(200, result);
  }

  private answer(method: string, args: Record<string, SlackJson>): Record<string, unknown> {
    switch (method) {
      case 'apps.connections.open':
        return this.socketModeUrl ? { ok: true, url: this.socketModeUrl } : { ok: false, error: 'invalid_auth' };
      case 'auth.test':
        return { ok: true, user_id: botUserId, bot_id: botId };
      case 'chat.postMessage': {
        const problems = blockKitViolations(args.blocks);
        if (problems.length > 0) return { ok: false, error: 'invalid_blocks', errors: problems };
        const message: StoredMessage = {
          type: 'message',
          channel: args.channel,
          ts: this.nextTs(),
          ...(args.thread_ts ? { thread_ts: args.thread_ts } : {}),
          user: botUserId,
          bot_id: botId,
          text: args.text ?? '',
          blocks: withBlockIds(args.blocks),
          ...(args.metadata ? { metadata: args.metadata } : {}),
        };
        this.messages.push(message);
        return { ok: true, channel: message.channel, ts: message.ts, message };
      }
      case 'chat.update': {
        const message = this.message(args.channel, args.ts);
        if (!message) return { ok: false, error: 'message_not_found' };
        const problems = blockKitViolations(args.blocks);
        if (problems.length > 0) return { ok: false, error: 'invalid_blocks', errors: problems };
        message.text = args.text ?? message.text;
        message.blocks = withBlockIds(args.blocks);
        return { ok: true, channel: message.channel, ts: message.ts, text: message.text, message };
      }
      case 'chat.postEphemeral':
        return { ok: true, message_ts: this.nextTs() };
      case 'conversations.open':
        return { ok: true, channel: { id: `D${String(args.users).slice(1)}` } };
      case 'conversations.history':
      case 'conversations.replies': {
        const all = method === 'conversations.history' ? this.channel(args.channel).filter((m) => !m.thread_ts) : this.channel(args.channel, args.ts);
        const withMeta = String(args.include_all_metadata) === 'true';
        const messages = [...all].reverse().map(({ metadata, ...m }) => (withMeta && metadata ? { ...m, metadata } : m));
        return { ok: true, messages, has_more: false };
      }
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }

  private nextTs(): string {
    this.seq += 1;
    return `${1_760_000_000 + this.seq}.${String(this.seq).padStart(6, '0')}`;
  }
}

/** Slack gives every block without one a block_id. */
function withBlockIds(blocks: SlackJson[] | undefined): SlackJson[] {
  return (blocks ?? []).map((block, i) => ({ ...block, block_id: block.block_id ?? `b${i}${Math.random().toString(36).slice(2, 6)}` }));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The Web API client sends forms with JSON-encoded structured arguments (blocks, metadata). */
function parseArgs(body: string, contentType: string | undefined): Record<string, SlackJson> {
  if ((contentType ?? '').includes('application/json')) return body ? JSON.parse(body) : {};
  const args: Record<string, SlackJson> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    args[key] = (value.startsWith('[') || value.startsWith('{')) && ['blocks', 'metadata', 'attachments'].includes(key) ? JSON.parse(value) : value;
  }
  return args;
}
