import type { ILogger, LogLevel } from '@microsoft/teams.common';
import type { Logger } from '../../log.js';
import { oneLine } from '../teams/sdk-console.js';

/**
 * The Teams SDK's logger interface onto WatNu's logger. The SDK logs every
 * activity and every refused token (with the token's details) at its own
 * levels; WatNu logs one line per request itself, so the SDK's output goes
 * to debug as one line, except its errors (a failed turn), which stay warnings.
 */
export function sdkLogger(log: Logger, name = 'teams-sdk'): ILogger {
  const at =
    (level: 'debug' | 'warn') =>
    (...msg: unknown[]) => {
      // The SDK writes several debug lines per activity: their text is made only when debug is on.
      if (log.isLevelEnabled(level)) log[level]({ sdk: name, detail: oneLine(msg) }, 'Teams SDK output');
    };
  return {
    debug: at('debug'),
    trace: at('debug'),
    info: at('debug'),
    warn: at('debug'),
    error: at('warn'),
    log: (_level: LogLevel, ...msg: unknown[]) => at('debug')(...msg),
    child: (child: string) => sdkLogger(log, `${name}/${child}`),
  };
}
