import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FaultMix {
  /** Probability of each failure; the rest succeed. */
  readonly error500: number;
  /** The message is recorded, then a 500 comes back (the caller cannot know it arrived). */
  readonly error500AfterRecording?: number;
  readonly rateLimited: number;
  /** 403 "not_in_channel": the bot has no access (for now). */
  readonly refused?: number;
  /** The message is recorded, then the response never comes (the caller times out). */
  readonly slowAfterRecording: number;
  /** No record, no response. */
  readonly slow: number;
  /** Share of "was this delivered?" look-ups that fail (500 or 429). */
  readonly checkFails?: number;
}

/**
 * A fake messaging platform on loopback. It records every accepted message
 * (never de-duplicating, so a double delivery shows up), fails a share of
 * calls on purpose, and answers "was this key delivered?" look-ups — which
 * fail now and then too.
 */
export class FakePlatform {
  readonly received: Array<{ key: string; body: unknown }> = [];
  private server: Server | null = null;
  private seed = 42;
  calls = 0;
  checks = 0;
  readonly answers: Record<string, number> = {};

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

  private count(answer: string): void {
    this.answers[answer] = (this.answers[answer] ?? 0) + 1;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://x');
    if (req.method === 'GET' && url.pathname === '/find') {
      this.checks++;
      const roll = this.random();
      if (roll < (this.faults.checkFails ?? 0)) {
        this.count('check failed');
        if (roll < (this.faults.checkFails ?? 0) / 2) res.writeHead(500).end('{"ok":false}');
        else res.writeHead(429, { 'retry-after': '1' }).end('{"ok":false,"error":"ratelimited"}');
        return;
      }
      const key = url.searchParams.get('key');
      const index = this.received.findIndex((r) => r.key === key);
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(index >= 0 ? { id: `m${index}` } : {}));
      return;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString()) as { key: string };
    this.calls++;
    let roll = this.random();
    const f = this.faults;
    const take = (p: number | undefined) => {
      const hit = roll < (p ?? 0);
      roll -= p ?? 0;
      return hit;
    };
    if (take(f.error500)) {
      this.count('500');
      res.writeHead(500).end('{"ok":false}');
    } else if (take(f.error500AfterRecording)) {
      this.count('500 after recording');
      this.received.push({ key: body.key, body });
      res.writeHead(500).end('{"ok":false}');
    } else if (take(f.rateLimited)) {
      this.count('429');
      res.writeHead(429, { 'retry-after': '1' }).end('{"ok":false,"error":"ratelimited"}');
    } else if (take(f.refused)) {
      this.count('refused');
      res.writeHead(403, { 'content-type': 'application/json' }).end('{"ok":false,"error":"not_in_channel"}');
    } else if (take(f.slowAfterRecording)) {
      this.count('timeout after recording');
      this.received.push({ key: body.key, body });
      setTimeout(() => res.writeHead(200).end(`{"ok":true,"id":"m${this.received.length - 1}"}`), this.hangMs);
    } else if (take(f.slow)) {
      this.count('timeout');
      setTimeout(() => res.writeHead(503).end('{"ok":false}'), this.hangMs);
    } else {
      this.count('ok');
      this.received.push({ key: body.key, body });
      res.writeHead(200, { 'content-type': 'application/json' }).end(`{"ok":true,"id":"m${this.received.length - 1}"}`);
    }
  }
}
