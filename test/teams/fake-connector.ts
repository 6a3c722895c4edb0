import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Wire } from './card-reader.js';

export interface ConnectorCall {
  readonly method: string;
  readonly conversationId: string;
  /** PUT: the updated activity; POST to …/activities/{id}: the activity replied to. */
  readonly activityId?: string;
  readonly body: Wire;
  readonly authorization?: string;
  /** Id the connector gave a posted activity. */
  readonly id?: string;
}

/**
 * A Bot Connector on loopback, standing in for Teams' serviceUrl: it accepts
 * POST /v3/conversations/{id}/activities[/{replyToId}] and PUT
 * …/activities/{id}, answers member look-ups, and records every call.
 */
export class FakeConnector {
  readonly calls: ConnectorCall[] = [];
  /** Calls answered 401 or 403 (not recorded in `calls`). */
  readonly refused: ConnectorCall[] = [];
  readonly members = new Map<string, Record<string, unknown>>();
  /** Statuses to answer the next POSTs with, before accepting again (fault tests). */
  readonly failNextPosts: Array<{ status: number; retryAfter?: string; location?: string }> = [];
  /** Delays (ms) for the next POSTs: the call is recorded at once, the answer comes late (timeout tests). */
  readonly hangNextPosts: number[] = [];
  /** Statuses to answer the next PUTs with (the call is recorded), before accepting again. */
  readonly failNextPuts: number[] = [];
  /** When on, PUTs are recorded at once and answered only by `releasePuts()`. */
  holdPuts = false;
  private readonly heldPuts: Array<() => void> = [];
  /** Conversations (a channel matches its threads) where the bot is not in the roster: posts answer 403 BotNotInConversationRoster. */
  readonly notInRoster = new Set<string>();
  /** When set, every call must carry `Authorization: Bearer <one of these>`; others get 401. */
  acceptedTokens: (() => readonly string[]) | null = null;
  private server: Server | null = null;
  private seq = 0;
  url = '';

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}/`;
    return this.url;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Activities posted (not updates), optionally to one conversation (a channel matches its threads). */
  posts(conversationId?: string): ConnectorCall[] {
    return this.calls.filter((c) => c.method === 'POST' && (!conversationId || c.conversationId === conversationId || c.conversationId.startsWith(`${conversationId};`)));
  }

  updates(activityId?: string): ConnectorCall[] {
    return this.calls.filter((c) => c.method === 'PUT' && (!activityId || c.activityId === activityId));
  }

  /** Answers the PUTs held so far (see `holdPuts`); returns how many. */
  releasePuts(): number {
    const held = this.heldPuts.splice(0);
    for (const answer of held) answer();
    return held.length;
  }

  async waitFor<T>(find: () => T | undefined | null | false, what: string, timeoutMs = 5_000): Promise<T> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const found = find();
      if (found) return found;
      if (Date.now() > until) throw new Error(`fake connector: timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString();
    const body = text ? JSON.parse(text) : undefined;
    const json = (status: number, value: unknown, headers: Record<string, string> = {}) =>
      res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(value));

    const member = path.match(/^\/v3\/conversations\/([^/]+)\/members\/([^/]+)$/);
    if (req.method === 'GET' && member) {
      const found = this.members.get(decodeURIComponent(member[2]!));
      this.calls.push({ method: 'GET', conversationId: decodeURIComponent(member[1]!), activityId: decodeURIComponent(member[2]!), body: null });
      if (found) json(200, found);
      else json(404, { error: { code: 'MemberNotFoundInConversation', message: 'not found' } });
      return;
    }
    const activities = path.match(/^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/);
    if (!activities) {
      json(404, { error: { code: 'NotFound', message: `no route ${req.method} ${path}` } });
      return;
    }
    const conversationId = decodeURIComponent(activities[1]!);
    const activityId = activities[2] ? decodeURIComponent(activities[2]) : undefined;
    const authorization = req.headers.authorization;
    if (this.acceptedTokens && !this.acceptedTokens().some((token) => authorization === `Bearer ${token}`)) {
      this.refused.push({ method: req.method ?? '', conversationId, body, ...(authorization ? { authorization } : {}) });
      json(401, { message: 'Authorization has been denied for this request.' });
      return;
    }
    if (req.method === 'POST' && [...this.notInRoster].some((c) => conversationId === c || conversationId.startsWith(`${c};`))) {
      this.refused.push({ method: 'POST', conversationId, body });
      json(403, { error: { code: 'BotNotInConversationRoster', message: 'The bot is not part of the conversation roster.' } });
      return;
    }
    if (req.method === 'PUT' && activityId) {
      this.calls.push({ method: 'PUT', conversationId, activityId, body, ...(authorization ? { authorization } : {}) });
      const failure = this.failNextPuts.shift();
      const answer = () => (failure ? json(failure, { error: { code: 'Failure', message: `fake ${failure}` } }) : json(200, { id: activityId }));
      if (this.holdPuts) this.heldPuts.push(answer);
      else answer();
      return;
    }
    if (req.method === 'POST') {
      const failure = this.failNextPosts.shift();
      if (failure) {
        json(failure.status, { error: { code: 'Failure', message: `fake ${failure.status}` } }, {
          ...(failure.retryAfter ? { 'retry-after': failure.retryAfter } : {}),
          ...(failure.location ? { location: failure.location } : {}),
        });
        return;
      }
      const id = `1700000000${String(++this.seq).padStart(3, '0')}`;
      this.calls.push({ method: 'POST', conversationId, ...(activityId ? { activityId } : {}), body, id, ...(authorization ? { authorization } : {}) });
      const hang = this.hangNextPosts.shift();
      if (hang) setTimeout(() => json(201, { id }), hang);
      else json(201, { id });
      return;
    }
    json(405, { error: { code: 'MethodNotAllowed', message: req.method } });
  }
}
