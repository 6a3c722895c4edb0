import type { Locale } from '../../content/types.js';
import type { Reply } from '../../engine/types.js';
import type { Translate } from '../../i18n.js';
import type { OutboundMessage } from '../channel.js';
import type { CardStore } from './card-store.js';
import { cardLanguage } from './card-say.js';
import type { AdaptiveCard } from './card-types.js';
import { handoffCard } from './handoff-card.js';
import { replyCard } from './reply-card.js';

/**
 * Turns replies into cards. A card with buttons is stored first, under the
 * id its buttons carry, so a click can be matched to it and answered once.
 */
export class ReplyCards {
  constructor(
    private readonly cards: CardStore,
    private readonly t: Translate,
    private readonly newId: () => string,
    /** The language of proactive cards whose message does not say one (the schools' default). */
    private readonly defaultLocale: Locale,
  ) {}

  async forReply(reply: Reply, conversationId: string, locale: Locale, now: Date): Promise<AdaptiveCard> {
    const lang = cardLanguage(this.t, locale);
    if (!reply.choices?.length) return replyCard(reply, lang);
    const cardId = this.newId();
    await this.cards.insert({ id: cardId, conversationId, reply, locale }, now);
    return replyCard(reply, lang, { cardId });
  }

  /** A proactive message: a handoff card, or a reply card for reminders and notices. */
  async forMessage(message: OutboundMessage, conversationId: string, now: Date): Promise<AdaptiveCard> {
    if (message.handoff) return handoffCard(message, message.handoff);
    return this.forReply(message.reply, conversationId, message.locale ?? this.defaultLocale, now);
  }

  /** A message as it looks after an update: handoff cards only, as proactive replies with buttons are never updated. */
  forUpdate(message: OutboundMessage): AdaptiveCard {
    const lang = cardLanguage(this.t, message.locale ?? this.defaultLocale);
    if (message.handoff) return handoffCard(message, message.handoff);
    return replyCard({ ...message.reply, choices: [] }, lang);
  }

  /** The stored card after its button was pressed: the buttons give way to the answer. */
  answered(reply: Reply, locale: Locale, label: string, who?: string): AdaptiveCard {
    return replyCard(reply, cardLanguage(this.t, locale), { answered: { label, ...(who ? { who } : {}) } });
  }
}
