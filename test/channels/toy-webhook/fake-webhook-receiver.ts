import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedPost {
  readonly path: string;
  readonly idempotencyKey: string | undefined;
  readonly body: Record<string, any>;
}

/** The other end of the toy webhook channel, on loopback: records every POST and answers { id }. */
export class FakeWebhookReceiver {
  readonly posts: ReceivedPost[] = [];
  private server: Server | null = null;
  url = '';

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      let raw = '';
      req.on('data', (chunk) => {
        raw += chunk;
      });
      req.on('end', () => {
        this.posts.push({ path: req.url ?? '', idempotencyKey: req.headers['idempotency-key'] as string | undefined, body: JSON.parse(raw || '{}') });
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: `msg-${this.posts.length}` }));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}
