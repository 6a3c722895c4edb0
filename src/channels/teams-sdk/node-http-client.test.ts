import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
// teams.common's own client (axios), unbundled as here, is the reference for what the SDK would send.
import { Client, type Interceptor, type Middleware } from '@microsoft/teams.common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NodeHttpClient } from './node-http-client.js';
import { HttpStatusError, maxResponseBytes } from './node-http-request.js';
import { sdkDeliveryError } from './sdk-failure.js';

/** A loopback server: /moved redirects, /throttled is a 429, /text is not JSON, /huge is too large, /slow never answers; else 200 with {id}. */
let server: Server;
let base: string;
const seen: { method: string; url: string; headers: IncomingHttpHeaders; body: string }[] = [];
beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      if (req.url === '/moved') return void res.writeHead(302, { location: `${base}/elsewhere` }).end();
      if (req.url === '/throttled') return void res.writeHead(429, { 'retry-after': '2', 'content-type': 'application/json' }).end('{"error":{"code":"Throttled"}}');
      if (req.url === '/text') return void res.writeHead(200, { 'content-type': 'text/plain' }).end('gewoon tekst');
      if (req.url === '/huge') return void res.writeHead(200).end(Buffer.alloc(maxResponseBytes + 1, 32));
      if (req.url === '/slow') return;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: 'a1' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  return new Promise<void>((resolve) => server.close(() => resolve()));
});

const lastSeen = () => seen[seen.length - 1]!;
/** What a request carries, without what only the connection or axios's compression offer adds. */
const comparable = (headers: IncomingHttpHeaders) => {
  const { host, connection, 'accept-encoding': _encoding, ...rest } = headers;
  return rest;
};
const marker = (ran: string[], name: string): Middleware => ({
  invoke: (context, next) => {
    ran.push(`${name} ${String(context.config.url)}`);
    return next();
  },
});

describe('NodeHttpClient', () => {
  it("sends what the SDK's own client sends: the same clone, URL, headers (User-Agent merged), token and body", async () => {
    const options = { headers: { 'User-Agent': 'teams.ts/app', 'X-Parent': 'p' } };
    const cloneWith = { baseUrl: base, headers: { 'user-agent': 'teams.ts[graph]', 'Content-Type': 'application/json' } };
    const reference = new Client(options).clone(cloneWith);
    reference.token = async () => 'secret-1';
    await reference.post('/v3/conversations/a:c1/activities', { type: 'message', text: 'hoi — één' });
    const expected = lastSeen();

    const client = new NodeHttpClient(options).clone(cloneWith);
    client.token = async () => 'secret-1';
    const response = await client.post('/v3/conversations/a:c1/activities', { type: 'message', text: 'hoi — één' });
    const got = lastSeen();

    expect(response).toMatchObject({ status: 200, data: { id: 'a1' } });
    expect(got.method).toBe('POST');
    expect(got.url).toBe(expected.url);
    expect(got.body).toBe(expected.body);
    expect(comparable(got.headers)).toEqual(comparable(expected.headers));
    expect(got.headers.authorization).toBe('Bearer secret-1');
    expect(got.headers['user-agent']).toBe('teams.ts[graph] teams.ts/app');
  });

  it("puts a request's own token before the client's, keeps an Authorization it was given, and sends none for an empty token", async () => {
    const client = new NodeHttpClient({ baseUrl: base, token: 'client-token' });
    await client.get('/one', { token: 'own-token' });
    expect(lastSeen().headers.authorization).toBe('Bearer own-token');
    await client.get('/two', { headers: { authorization: 'Basic given' } });
    expect(lastSeen().headers.authorization).toBe('Basic given');
    client.token = () => '  ';
    await client.get('/three');
    expect(lastSeen().headers.authorization).toBeUndefined();
    client.token = 'later';
    await client.get('/four');
    expect(lastSeen().headers.authorization).toBe('Bearer later');
  });

  it('runs middleware in the order it was added around the request, on every clone, without what was ejected', async () => {
    const ran: string[] = [];
    const root = new NodeHttpClient({ baseUrl: base, middlewares: [marker(ran, 'first')] });
    await root.get('/one');
    const second = root.use(marker(ran, 'second'));
    const third = root.use(marker(ran, 'third'));
    root.eject(second);
    await root.get('/two');
    await root.clone().clone().get('/three');
    expect(ran).toEqual(['first /one', 'first /two', 'third /two', 'first /three', 'third /three']);
    expect(third).toBe(3);
  });

  it('lets middleware change the request before it is sent (as the SDK reads and sets `config`)', async () => {
    const client = new NodeHttpClient({ baseUrl: base });
    client.use({
      invoke: (context, next) => {
        context.config.headers = { ...context.config.headers, 'X-Added': 'yes' };
        return next();
      },
    });
    await client.get('/changed', { params: { pageSize: 5, continuationToken: 'a b', skip: undefined } });
    expect(lastSeen().headers['x-added']).toBe('yes');
    expect(lastSeen().url).toBe('/changed?pageSize=5&continuationToken=a+b');
  });

  it('does not follow a redirect: a 302 is a failed call and nothing is sent to where it points', async () => {
    const before = seen.length;
    const error = await new NodeHttpClient({ baseUrl: base, token: 'secret' }).get('/moved').catch((e) => e);
    expect(error).toBeInstanceOf(HttpStatusError);
    expect(error).toMatchObject({ response: { status: 302 } });
    expect(seen.slice(before).map((s) => s.url)).toEqual(['/moved']);
  });

  it("fails a non-2xx in the SDK client's shape, which the delivery reads (status, connector code, Retry-After)", async () => {
    const error = await new NodeHttpClient({ baseUrl: base }).post('/throttled', { type: 'message', text: 'vertrouwelijk: J. uit groep 5' }).catch((e) => e);
    expect(error).toMatchObject({ code: 'ERR_BAD_REQUEST', response: { status: 429, data: { error: { code: 'Throttled' } } } });
    expect(sdkDeliveryError(error)).toMatchObject({ name: 'DeliveryError', retryAfterMs: 2_000, reason: 'Throttled' });
    // Unlike axios's, the error does not hold the request: a card sent (pupils' initials) is not kept or logged with it.
    expect(JSON.stringify({ ...error, response: error.response })).not.toContain('vertrouwelijk');
  });

  it('fails a connection that is refused, times out or answers too much, with a code and without reading on', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await expect(new NodeHttpClient().get(`http://127.0.0.1:${port}/x`)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    await expect(new NodeHttpClient({ baseUrl: base, timeout: 100 }).get('/slow')).rejects.toMatchObject({ code: 'ECONNABORTED' });
    await expect(new NodeHttpClient({ baseUrl: base }).get('/huge')).rejects.toMatchObject({ code: 'ERR_RESPONSE_TOO_LARGE' });
    const abort = new AbortController();
    const aborted = new NodeHttpClient({ baseUrl: base }).get('/slow', { signal: abort.signal }).catch((e) => e);
    abort.abort();
    expect(await aborted).toMatchObject({ name: 'AbortError' });
  });

  it('answers text that is not JSON as text', async () => {
    expect((await new NodeHttpClient({ baseUrl: base }).get('/text')).data).toBe('gewoon tekst');
  });

  it('refuses axios interceptors, which it cannot run, with a message naming itself', () => {
    const interceptor: Interceptor = { request: ({ config }) => config };
    expect(() => new NodeHttpClient({ interceptors: [interceptor] })).toThrow(/node-http-client\.ts.*interceptors/);
    expect(() => new NodeHttpClient().use(interceptor)).toThrow(/interceptors are not supported/);
  });
});
