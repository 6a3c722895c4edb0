import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The lightest Bot Connector that accepts what bots post: 200 with an id, nothing kept. */
export async function startLeanConnector(): Promise<{ url: string; posts: () => number; stop(): Promise<void> }> {
  let count = 0;
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      count++;
      res.writeHead(200, { 'content-type': 'application/json' }).end(`{"id":"a${count}"}`);
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    posts: () => count,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A button a virtual user can press: WatNu's Action.Execute (sent back as an invoke) or the peer's hero-card imBack (sent back as text). */
export type Clickable = { readonly kind: 'execute'; readonly activityId: string; readonly verb: string; readonly data: unknown } | { readonly kind: 'imBack'; readonly value: string };

export interface CapturingConnector {
  readonly url: string;
  /** Requests received so far (POSTed replies and PUT card updates). */
  calls(): number;
  /** The first button of the newest card the bot sent to a conversation since the last take, and forgets it. */
  take(conversationId: string): Clickable | undefined;
  stop(): Promise<void>;
}

type Json = Record<string, unknown>;

function firstExecute(node: unknown): { verb: string; data: unknown } | undefined {
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = firstExecute(item);
      if (found) return found;
    }
    return undefined;
  }
  if (!node || typeof node !== 'object') return undefined;
  const element = node as Json;
  if (element['type'] === 'Action.Execute') return { verb: String(element['verb'] ?? ''), data: element['data'] };
  return firstExecute(element['body']) ?? firstExecute(element['actions']) ?? firstExecute(element['items']);
}

function firstButton(activity: Json, activityId: string): Clickable | undefined {
  const attachments = Array.isArray(activity['attachments']) ? (activity['attachments'] as Json[]) : [];
  for (const attachment of attachments) {
    const content = attachment['content'] as Json | undefined;
    if (attachment['contentType'] === 'application/vnd.microsoft.card.adaptive') {
      const action = firstExecute(content);
      if (action) return { kind: 'execute', activityId, ...action };
    }
    if (attachment['contentType'] === 'application/vnd.microsoft.card.hero') {
      const button = (content?.['buttons'] as Json[] | undefined)?.find((b) => b['type'] === 'imBack');
      if (button) return { kind: 'imBack', value: String(button['value']) };
    }
  }
  return undefined;
}

/**
 * A Bot Connector that reads what bots post, as a Teams client would show it:
 * per conversation the first button of the newest card, so a virtual user
 * can press it. 200 with an id for every request, nothing else kept.
 */
export async function startCapturingConnector(): Promise<CapturingConnector> {
  let count = 0;
  const buttons = new Map<string, Clickable>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      count++;
      const id = `a${count}`;
      const conversation = /\/v3\/conversations\/([^/]+)\/activities/.exec(req.url ?? '')?.[1];
      if (req.method === 'POST' && conversation) {
        try {
          const button = firstButton(JSON.parse(Buffer.concat(chunks).toString()) as Json, id);
          if (button) buttons.set(decodeURIComponent(conversation), button);
        } catch {
          // not JSON: nothing to press
        }
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(`{"id":"${id}"}`);
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    calls: () => count,
    take(conversationId) {
      const button = buttons.get(conversationId);
      buttons.delete(conversationId);
      return button;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
