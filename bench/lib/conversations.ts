/**
 * Realistic Teams conversations for the peer comparison: a Dutch opener, then
 * 2–3 presses of the first button the bot offered (WatNu's as the invoke Teams
 * sends for Action.Execute, the peer's imBack as the text it carries), then a
 * new conversation. What a virtual user presses is read from the connector.
 */
import type { CapturingConnector, Clickable } from './fake-connector.js';

export const openers = [
  'Ik zie blauwe plekken bij een leerling',
  'Een kind uit groep 5 komt steeds zonder ontbijt en in vieze kleren naar school',
  'Een leerling vertelt dat er thuis veel ruzie is en dat de politie is geweest',
  'Ik maak me zorgen om een meisje uit mijn klas, ze is de laatste tijd erg stil',
  'Een ouder vertelde dat haar zoon thuis geslagen wordt',
];

const tenantId = 'tenant-bench';

function base(serviceUrl: string, conversationId: string, userId: string, n: number): Record<string, unknown> {
  const now = new Date().toISOString();
  return {
    id: `${conversationId}x${n}`,
    channelId: 'msteams',
    serviceUrl,
    timestamp: now,
    localTimestamp: now,
    from: { id: `29:${userId}`, name: 'Bench Leerkracht', aadObjectId: `aad-${userId}` },
    recipient: { id: '28:bench-bot', name: 'WatNu' },
    conversation: { conversationType: 'personal', tenantId, id: conversationId },
    channelData: { tenant: { id: tenantId } },
    locale: 'nl-NL',
    entities: [{ type: 'clientInfo', locale: 'nl-NL', country: 'NL', platform: 'Web', timezone: 'Europe/Amsterdam' }],
  };
}

function message(serviceUrl: string, conversationId: string, userId: string, n: number, text: string): Record<string, unknown> {
  return { ...base(serviceUrl, conversationId, userId, n), type: 'message', text, textFormat: 'plain' };
}

function press(serviceUrl: string, conversationId: string, userId: string, n: number, button: Clickable): Record<string, unknown> {
  if (button.kind === 'imBack') return message(serviceUrl, conversationId, userId, n, button.value);
  return {
    ...base(serviceUrl, conversationId, userId, n),
    type: 'invoke',
    name: 'adaptiveCard/action',
    replyToId: button.activityId,
    value: { action: { type: 'Action.Execute', id: `${conversationId}-a${n}`, verb: button.verb, data: button.data }, trigger: 'manual' },
  };
}

export interface Walker {
  /** The body of this virtual user's next turn. */
  next(): Record<string, unknown>;
  /** Turns that found no button to press (the conversation was restarted instead). */
  readonly missed: number;
}

/**
 * One virtual user: conversation after conversation. A bot that offers no
 * buttons (the echo) gets the text "Ja" as its clicks.
 */
export function walker(connector: CapturingConnector, prefix: string, user: number, buttons: boolean): Walker {
  let conversation = 0;
  let turn = 0;
  let clicks = 0;
  let n = 0;
  let missed = 0;
  const userId = `${prefix}-u${user}`;
  const conversationId = () => `a:${prefix}-u${user}-c${conversation}`;
  const open = () => {
    turn = 1;
    clicks = 2 + ((user + conversation) % 2);
    return message(connector.url, conversationId(), userId, n++, openers[(user + conversation) % openers.length]!);
  };
  return {
    get missed() {
      return missed;
    },
    next() {
      if (turn === 0) return open();
      if (turn > clicks) {
        conversation++;
        return open();
      }
      turn++;
      const button = connector.take(conversationId());
      if (button) return press(connector.url, conversationId(), userId, n++, button);
      if (!buttons) return message(connector.url, conversationId(), userId, n++, 'Ja');
      missed++;
      conversation++;
      return open();
    },
  };
}
