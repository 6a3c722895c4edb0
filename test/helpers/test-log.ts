import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pino } from 'pino';
import { createRootLogger, type Logger } from '../../src/log.js';
import { projectRoot } from './content.js';

export const testLogDir = join(projectRoot, 'test-output', 'logs');

/**
 * Test servers log at info level to test-output/logs/, one file per test
 * worker, so the privacy check can scan everything the suite logged.
 */
export function testLogger(): Logger {
  mkdirSync(testLogDir, { recursive: true });
  return createRootLogger('info', pino.destination({ dest: join(testLogDir, `worker-${process.pid}.ndjson`), sync: true, append: true }));
}
