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
