import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FaultMix {
  /** Probability of each failure; the rest succeed. */
  readonly error500: number;
  readonly rateLimited: number;
  /** The message is recorded, then the response never comes (the caller times out). */
  readonly slowAfterRecording: number;
  /** No record, no response. */
  readonly slow: number;
}

/**
 * A fake messaging platform on loopback. It records every accepted message
 * (never de-duplicating, so a double delivery shows up), fails a share of
 * calls on purpose, and answers "was this key delivered?" look-ups.
 */
export class FakePlatform {
  readonly received: Array<{ key: string; body: unknown }> = [];
  private server: Server | null = null;
  private seed = 42;
  calls = 0;

  constructor(private readonly faults: FaultMix, private readonly hangMs = 3_000) {}

  private random(): number {
    // Deterministic LCG so runs are comparable.
    this.seed = (this.seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return this.seed / 2 ** 31;
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      // A caller that gave up (aborted) mid-request is simply dropped.
      this.handle(req, res).catch(() => res.destroy());
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  countsByKey(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const { key } of this.received) counts.set(key, (counts.get(key) ?? 0) + 1);
    return counts;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://x');
    if (req.method === 'GET' && url.pathname === '/find') {
      const key = url.searchParams.get('key');
      const index = this.received.findIndex((r) => r.key === key);
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(index >= 0 ? { id: `m${index}` } : {}));
      return;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString()) as { key: string };
    this.calls++;
    const roll = this.random();
    const f = this.faults;
    if (roll < f.error500) {
      res.writeHead(500).end('{"ok":false}');
    } else if (roll < f.error500 + f.rateLimited) {
      res.writeHead(429, { 'retry-after': '1' }).end('{"ok":false,"error":"ratelimited"}');
    } else if (roll < f.error500 + f.rateLimited + f.slowAfterRecording) {
      this.received.push({ key: body.key, body });
      setTimeout(() => res.writeHead(200).end(`{"ok":true,"id":"m${this.received.length - 1}"}`), this.hangMs);
    } else if (roll < f.error500 + f.rateLimited + f.slowAfterRecording + f.slow) {
      setTimeout(() => res.writeHead(503).end('{"ok":false}'), this.hangMs);
    } else {
      this.received.push({ key: body.key, body });
      res.writeHead(200, { 'content-type': 'application/json' }).end(`{"ok":true,"id":"m${this.received.length - 1}"}`);
    }
  }
}
