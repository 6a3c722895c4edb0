import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
// The builds LazyHttpClient imports when it is not bundled, as here: teams.common's and axios's ES builds
// (the bundle gives it the SDK's CommonJS teams.common, build/bundle-app.ts; test/app/bundled-server.test.ts checks that).
import { Client, type Middleware } from '@microsoft/teams.common';
import axios from 'axios';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { LazyHttpClient } from './lazy-http-client.js';
import { noRedirects } from './no-redirects.js';


/** A loopback server that answers 200 with what it received, or a redirect on /moved. */
let server: Server;
let base: string;
const seen: { url: string; headers: IncomingHttpHeaders; body: string }[] = [];
beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      seen.push({ url: req.url ?? '', headers: req.headers, body });
      if (req.url === '/moved') {
        res.writeHead(302, { location: `${base}/elsewhere` }).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: 'a1' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const lastSeen = () => seen[seen.length - 1]!;
const comparable = (headers: IncomingHttpHeaders) => {
  const { host, connection, ...rest } = headers;
  return rest;
};

describe('LazyHttpClient', () => {
  it('sends what the SDK client sends: the same clone, headers (User-Agent merged), token and body', async () => {
    const options = { headers: { 'User-Agent': 'teams.ts/app', 'X-Parent': 'p' }, interceptors: [noRedirects] };
    const cloneWith = { baseUrl: base, headers: { 'user-agent': 'teams.ts[graph]', 'Content-Type': 'application/json' } };
    const eager = new Client(options).clone(cloneWith);
    eager.token = async () => 'secret-1';
    await eager.post('/v3/conversations/c1/activities', { type: 'message', text: 'hoi' });
    const expected = lastSeen();

    const lazy = new LazyHttpClient(options).clone(cloneWith);
    lazy.token = async () => 'secret-1';
    const response = await lazy.post('/v3/conversations/c1/activities', { type: 'message', text: 'hoi' });
    const got = lastSeen();

    expect(response.data).toEqual({ id: 'a1' });
    expect(got.url).toBe(expected.url);
    expect(got.body).toBe(expected.body);
    expect(comparable(got.headers)).toEqual(comparable(expected.headers));
    expect(got.headers.authorization).toBe('Bearer secret-1');
    expect(got.headers['user-agent']).toBe('teams.ts[graph] teams.ts/app');
  });

  it('keeps the parent\'s interceptors and middleware on every clone (a redirect is not followed)', async () => {
    const ran: string[] = [];
    const marker: Middleware = {
      invoke: (context, next) => {
        ran.push(String(context.config.url));
        return next();
      },
    };
    const root = new LazyHttpClient({ interceptors: [noRedirects] });
    root.use(marker);
    const clone = root.clone({ baseUrl: base }).clone();
    expect(clone.middlewares).toEqual([marker]);
    expect(clone.interceptors).toEqual([noRedirects]);
    await expect(clone.get('/moved')).rejects.toMatchObject({ response: { status: 302 } });
    expect(ran).toEqual(['/moved']);
    expect(lastSeen().url).toBe('/moved');
  });

  it('builds no axios instance for clones that send nothing, and one for a clone that sends', async () => {
    const create = vi.spyOn(axios, 'create');
    try {
      const root = new LazyHttpClient({ headers: { 'User-Agent': 'teams.ts/app' } });
      const clones = Array.from({ length: 9 }, () => root.clone({ baseUrl: base }));
      expect(create).not.toHaveBeenCalled();
      await clones[0]!.get('/ping');
      expect(create).toHaveBeenCalledTimes(1);
      // A clone of a client that has sent is lazy too (the App's own API client may send one day).
      const ofBuilt = Array.from({ length: 3 }, () => clones[0]!.clone());
      expect(create).toHaveBeenCalledTimes(1);
      await ofBuilt[0]!.get('/ping');
      expect(create).toHaveBeenCalledTimes(2);
    } finally {
      create.mockRestore();
    }
  });

  it('a clone of a built client carries what was added to it after it was built, and nothing ejected', async () => {
    const ran: string[] = [];
    const marker = (name: string): Middleware => ({
      invoke: (context, next) => {
        ran.push(`${name} ${String(context.config.url)}`);
        return next();
      },
    });
    const root = new LazyHttpClient({ baseUrl: base, middlewares: [marker('first')] });
    await root.get('/one');
    const second = root.use(marker('second'));
    const third = root.use(marker('third'));
    root.eject(second);
    await root.get('/two');
    await root.clone().get('/three');
    expect(ran).toEqual(['first /one', 'first /two', 'third /two', 'first /three', 'third /three']);
    expect(third).toBe(3);
  });

  it('sends a token set on a built client afterwards, as the API client sets its provider on a clone', async () => {
    const client = new LazyHttpClient({ baseUrl: base });
    await client.get('/first');
    expect(lastSeen().headers.authorization).toBeUndefined();
    client.token = 'later';
    await client.get('/second');
    expect(lastSeen().headers.authorization).toBe('Bearer later');
  });
});
