import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../log.js';

/**
 * Bolt's and the Web API client's logs into pino. Their info lines (start-up
 * chatter) go to debug; their debug lines can contain payloads and stay at
 * trace, below anything logged in production.
 */
export function boltLogger(log: Logger): BoltLogger {
  let level = LogLevel.INFO;
  const text = (parts: unknown[]) => parts.map((p) => (p instanceof Error ? p.message : typeof p === 'string' ? p : safeJson(p))).join(' ');
  return {
    debug: (...parts) => log.trace({ slack: 'bolt' }, text(parts)),
    info: (...parts) => log.debug({ slack: 'bolt' }, text(parts)),
    warn: (...parts) => log.warn({ slack: 'bolt' }, text(parts)),
    error: (...parts) => log.error({ slack: 'bolt' }, text(parts)),
    setLevel: (next) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value)?.slice(0, 500) ?? String(value);
  } catch {
    return String(value);
  }
}
