import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { isWatnuError } from '../../src/errors.js';
import { openTestDb, startTestApp } from '../helpers/test-app.js';

describe('a port that is already taken', () => {
  it('stops the start with PORT_UNAVAILABLE naming the address, instead of a server that does not listen', async () => {
    const squatter = createServer();
    await new Promise<void>((resolve) => squatter.listen(0, '127.0.0.1', resolve));
    const port = (squatter.address() as { port: number }).port;
    const db = await openTestDb();
    try {
      const error = await startTestApp({ db, env: { PORT: String(port) } }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(isWatnuError(error, 'PORT_UNAVAILABLE')).toBe(true);
      expect((error as Error).message).toContain(`127.0.0.1:${port}`);
      expect((error as Error).message).toContain('another program already listens there');
    } finally {
      await db.close();
      await new Promise((resolve) => squatter.close(resolve));
    }
  });
});
