import type { Logger } from '../../log.js';

let installed = false;
const sdkFrame = /node_modules[\\/](botbuilder[^\\/]*|botframework-[^\\/]+|@microsoft[\\/]teams-ai)[\\/]/;

/** The first line of what the SDK printed, without any PEM block, at most 200 characters. */
export function oneLine(args: readonly unknown[]): string {
  const text = args.map((a) => (a instanceof Error ? `${a.name}: ${a.message}` : String(a))).join(' ');
  return (text.split(/-----BEGIN|\r?\n/)[0] ?? '').trim().slice(0, 200);
}

/**
 * botbuilder and botframework-connector print a rejected token with
 * console.error: a multi-line stack, and the signing keys in PEM. WatNu logs
 * one JSON line per rejected request itself (messages-endpoint.ts), so what
 * the SDK prints goes to the logger at debug, as one line without keys.
 * Console output from anything else passes through unchanged.
 */
export function routeSdkConsole(log: Logger): void {
  if (installed) return;
  installed = true;
  for (const level of ['error', 'warn'] as const) {
    const original = console[level].bind(console);
    console[level] = (...args: unknown[]) => {
      if (!sdkFrame.test(new Error().stack ?? '')) {
        original(...args);
        return;
      }
      log.debug({ sdk: 'botframework', detail: oneLine(args) }, 'Bot Framework SDK output');
    };
  }
}
