import { describe, expect, it } from 'vitest';
import { startChannels, stopChannels } from '../../src/app/channel-runtimes.js';
import type { ChannelRuntime } from '../../src/channels/plugin.js';
import type { ChannelId } from '../../src/engine/types.js';

/** Channel runtimes that record what happened to them; `failOn` makes one of them throw. */
function runtimes(failOn: { start?: ChannelId; stop?: ChannelId } = {}) {
  const events: string[] = [];
  const make = (id: ChannelId): ChannelRuntime => ({
    async start() {
      if (failOn.start === id) throw new Error(`${id} cannot open its socket`);
      events.push(`start ${id}`);
    },
    async stop() {
      events.push(`stop ${id}`);
      if (failOn.stop === id) throw new Error(`${id} hangs up badly`);
    },
  });
  const map = new Map<ChannelId, ChannelRuntime>((['web', 'teams', 'slack'] as ChannelId[]).map((id) => [id, make(id)]));
  return { map, events };
}

describe('starting and stopping channels', () => {
  it('stops every channel in reverse start order, even when one fails to stop, and names the one that failed', async () => {
    const { map, events } = runtimes({ stop: 'teams' });
    const failures = await stopChannels(map);
    expect(events).toEqual(['stop slack', 'stop teams', 'stop web']);
    expect(failures.map((f) => [f.channel, (f.error as Error).message])).toEqual([['teams', 'teams hangs up badly']]);
  });

  it('a channel that cannot start: the ones already started are stopped again, the start error is thrown', async () => {
    const { map, events } = runtimes({ start: 'slack' });
    await expect(startChannels(map)).rejects.toThrow('slack cannot open its socket');
    expect(events).toEqual(['start web', 'start teams', 'stop teams', 'stop web']);
  });
});
