import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createRootLogger } from '../../log.js';
import { sdkLogger } from './sdk-logger.js';

/** A root logger at `level` writing its lines into an array. */
function capturing(level: string) {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { log: createRootLogger(level, sink), lines };
}

/** An SDK argument that counts how often it was turned into text. */
function counted() {
  const made = { count: 0 };
  return { arg: { toString: () => `activity ${++made.count}` }, made };
}

describe('sdkLogger', () => {
  it('makes no text of what the SDK writes below the level WatNu logs at', () => {
    const { log, lines } = capturing('info');
    const { arg, made } = counted();
    const sdk = sdkLogger(log);
    sdk.debug('processing', arg);
    sdk.info('sent', arg);
    sdk.warn('odd', arg);
    expect(made.count).toBe(0);
    expect(lines).toEqual([]);
  });

  it("writes the SDK's output at debug as one line, and its errors as warnings", () => {
    const { log, lines } = capturing('debug');
    const { arg, made } = counted();
    const sdk = sdkLogger(log).child('http');
    sdk.info('sent', arg);
    sdk.error(new Error('boom'), 'second line\nnot logged');
    expect(made.count).toBe(1);
    expect(lines.map((l) => [l.level, l.sdk, l.detail])).toEqual([
      [20, 'teams-sdk/http', 'sent activity 1'],
      [40, 'teams-sdk/http', 'Error: boom second line'],
    ]);
  });
});
