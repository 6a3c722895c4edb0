import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import type { SlackJson } from './slack-json.js';

/**
 * Slack's Socket Mode end on loopback: a bare WebSocket server (RFC 6455
 * text frames, ping/pong, close) that greets with `hello`, pushes envelopes
 * and records the client's acknowledgements.
 */
export class FakeSocketMode {
  readonly acks: SlackJson[] = [];
  private server!: Server;
  private socket: Duplex | null = null;
  private buffer = Buffer.alloc(0);
  url = '';

  static async start(): Promise<FakeSocketMode> {
    const fake = new FakeSocketMode();
    fake.server = createServer((_req, res) => res.writeHead(426).end());
    fake.server.on('upgrade', (req, socket) => fake.accept(req.headers['sec-websocket-key'] as string, socket));
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    fake.url = `ws://127.0.0.1:${(fake.server.address() as AddressInfo).port}/link/?ticket=fake`;
    return fake;
  }

  get connected(): boolean {
    return this.socket !== null;
  }

  /** Pushes an envelope (events_api, slash_commands, interactive) to the connected app. */
  push(envelope: Record<string, unknown>): void {
    if (!this.socket) throw new Error('no Socket Mode client connected');
    this.socket.write(frame(0x1, Buffer.from(JSON.stringify(envelope))));
  }

  async close(): Promise<void> {
    this.socket?.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(key: string, socket: Duplex): void {
    const accept = createHash('sha1').update(`${key}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`).digest('base64');
    socket.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`);
    this.socket = socket;
    socket.on('data', (chunk: Buffer) => this.read(chunk));
    socket.on('close', () => {
      if (this.socket === socket) this.socket = null;
    });
    socket.on('error', () => undefined);
    this.push({ type: 'hello', num_connections: 1, debug_info: { host: 'fake-socket-mode' }, connection_info: { app_id: 'A0WATNU' } });
  }

  private read(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const parsed = unframe(this.buffer);
      if (!parsed) return;
      this.buffer = this.buffer.subarray(parsed.length);
      if (parsed.opcode === 0x1) this.acks.push(JSON.parse(parsed.payload.toString('utf8')));
      else if (parsed.opcode === 0x9) this.socket?.write(frame(0xa, parsed.payload));
      else if (parsed.opcode === 0x8) {
        this.socket?.end(frame(0x8, parsed.payload));
        this.socket = null;
      }
    }
  }
}

function frame(opcode: number, payload: Buffer): Buffer {
  const length = payload.length;
  const head = length < 126 ? Buffer.from([0x80 | opcode, length]) : length < 65536 ? Buffer.alloc(4) : Buffer.alloc(10);
  if (length >= 126) {
    head[0] = 0x80 | opcode;
    if (length < 65536) {
      head[1] = 126;
      head.writeUInt16BE(length, 2);
    } else {
      head[1] = 127;
      head.writeBigUInt64BE(BigInt(length), 2);
    }
  }
  return Buffer.concat([head, payload]);
}

/** One client frame (always masked), or null while incomplete. */
function unframe(data: Buffer): { opcode: number; payload: Buffer; length: number } | null {
  if (data.length < 2) return null;
  const opcode = data[0]! & 0x0f;
  let length = data[1]! & 0x7f;
  let offset = 2;
  if (length === 126) {
    if (data.length < 4) return null;
    length = data.readUInt16BE(2);
    offset = 4;
  } else if (length === 127) {
    if (data.length < 10) return null;
    length = Number(data.readBigUInt64BE(2));
    offset = 10;
  }
  const masked = (data[1]! & 0x80) !== 0;
  const maskEnd = offset + (masked ? 4 : 0);
  if (data.length < maskEnd + length) return null;
  const payload = Buffer.from(data.subarray(maskEnd, maskEnd + length));
  if (masked) for (let i = 0; i < payload.length; i++) payload[i]! ^= data[offset + (i % 4)]!;
  return { opcode, payload, length: maskEnd + length };
}
