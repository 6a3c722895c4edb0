import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createRootLogger } from '../../log.js';
import { AfterResponse } from './after-response.js';

function capturing() {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { log: createRootLogger('info', sink), lines };
}

/** A promise and the function that resolves it. */
function gate() {
  let open = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

describe('AfterResponse', () => {
  it('starts the work at once and settles only when it has finished', async () => {
    const { log } = capturing();
    const after = new AfterResponse(log);
    const { opened, open } = gate();
    let started = false;
    let finished = false;
    after.run('failed', async () => {
      started = true;
      await opened;
      finished = true;
    });
    await Promise.resolve();
    expect(started).toBe(true);
    expect(after.size).toBe(1);
    let settled = false;
    const waiting = after.settled().then(() => {
      settled = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(settled).toBe(false);
    open();
    await waiting;
    expect(finished).toBe(true);
    expect(after.size).toBe(0);
  });

  it('also waits for work started while it waits', async () => {
    const { log } = capturing();
    const after = new AfterResponse(log);
    const first = gate();
    const second = gate();
    const done: string[] = [];
    after.run('failed', async () => {
      await first.opened;
      done.push('first');
      after.run('failed', async () => {
        await second.opened;
        done.push('second');
      });
    });
    const waiting = after.settled();
    first.open();
    setTimeout(() => second.open(), 5);
    await waiting;
    expect(done).toEqual(['first', 'second']);
  });

  it('logs a failure as a warning with the error message only, and a throw before any await as well', async () => {
    const { log, lines } = capturing();
    const after = new AfterResponse(log);
    after.run('could not update the card', async () => {
      throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { config: { data: 'pupil A.B. groep 5' } });
    });
    after.run('could not update the card', () => {
      throw new Error('no id');
    });
    await after.settled();
    expect(lines.map((l) => [l.level, l.msg, l.err]).sort()).toEqual([
      [40, 'could not update the card', 'connect ECONNREFUSED 127.0.0.1:1'],
      [40, 'could not update the card', 'no id'],
    ]);
    expect(JSON.stringify(lines)).not.toContain('pupil A.B.');
    expect(after.size).toBe(0);
  });
});
