import type { TurnContext } from 'botbuilder';
import type { Logger } from '../../log.js';

const nowKey = Symbol('watnu.now');
const logKey = Symbol('watnu.log');

/** The request's time (dev clock aware) and logger, handed from the HTTP handler to the bot's routes. */
export function setTurnData(context: TurnContext, now: Date, log: Logger): void {
  context.turnState.set(nowKey, now);
  context.turnState.set(logKey, log);
}

export function turnNow(context: TurnContext): Date {
  return (context.turnState.get(nowKey) as Date | undefined) ?? new Date();
}

export function turnLog(context: TurnContext, fallback: Logger): Logger {
  return (context.turnState.get(logKey) as Logger | undefined) ?? fallback;
}
