import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * The root logger. Message text and pupil data never go into log fields at
 * info level; turn loggers carry ids only (school, channel, conversation,
 * dialog, step).
 */
export function createRootLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'watnu' },
      redact: { paths: ['text', 'note', 'initials', 'pupil', '*.text', '*.note', '*.initials', '*.pupil'], censor: '[redacted]' },
    },
    destination,
  );
}
