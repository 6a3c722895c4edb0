import type { Locale } from '../../content/types.js';
import type { Reply } from '../../engine/types.js';
import type { Queryable } from '../../store/db.js';
import { WriteBatcher } from '../../store/write-batcher.js';
import { baseConversationId } from './conversation-id.js';

export interface StoredCard {
  readonly id: string;
  readonly conversationId: string;
  readonly reply: Reply;
  readonly locale: Locale;
  readonly answeredChoice: string | null;
  readonly answeredBy: string | null;
}

export type ClaimResult =
  | { readonly outcome: 'claimed'; readonly card: StoredCard }
  | { readonly outcome: 'answered'; readonly card: StoredCard }
  | { readonly outcome: 'unknown' };

interface Row {
  id: string;
  conversation_id: string;
  reply: Reply;
  locale: Locale;
  answered_choice: string | null;
  answered_by: string | null;
}

interface NewCardRow {
  readonly id: string;
  readonly conversation_id: string;
  readonly reply: Reply;
  readonly locale: Locale;
  readonly created_at: string;
}

const columns = 'id, conversation_id, reply, locale, answered_choice, answered_by';

const toCard = (r: Row): StoredCard => ({
  id: r.id,
  conversationId: r.conversation_id,
  reply: r.reply,
  locale: r.locale,
  answeredChoice: r.answered_choice,
  answeredBy: r.answered_by,
});

/**
 * Every card with buttons the bot sent. A card is answered once: the first
 * click claims it atomically, any later click (a double click, an old card
 * scrolled back to, another member of the channel) is refused.
 */
export class CardStore {
  /** New cards of all conversations, group-committed: one statement for the cards of turns that finish together. */
  private readonly inserts: WriteBatcher<NewCardRow, null>;

  constructor(private readonly db: Queryable) {
    this.inserts = new WriteBatcher(
      async (rows) => {
        await this.db.query(
          `INSERT INTO teams_cards (id, conversation_id, reply, locale, created_at)
           SELECT id, conversation_id, reply, locale, created_at
           FROM jsonb_to_recordset($1::jsonb) AS c(id text, conversation_id text, reply jsonb, locale text, created_at timestamptz)
           ON CONFLICT (id) DO NOTHING`,
          [JSON.stringify(rows)],
        );
        return rows.map(() => null);
      },
      (row) => row.id,
    );
  }

  /** Cards are kept per channel, not per thread: a thread's id is its channel's id plus the root message. */
  async insert(card: { id: string; conversationId: string; reply: Reply; locale: Locale }, now: Date): Promise<void> {
    await this.inserts.add({ id: card.id, conversation_id: baseConversationId(card.conversationId), reply: card.reply, locale: card.locale, created_at: now.toISOString() });
  }

  /** Claims the card for one choice; refused when it was answered before or belongs to another conversation. */
  async claim(cardId: string, conversationId: string, choiceId: string, by: string, now: Date): Promise<ClaimResult> {
    const conversation = baseConversationId(conversationId);
    const claimed = await this.db.query<Row>(
      `UPDATE teams_cards SET answered_choice = $3, answered_by = $4, answered_at = $5
       WHERE id = $1 AND conversation_id = $2 AND answered_at IS NULL RETURNING ${columns}`,
      [cardId, conversation, choiceId, by, now.toISOString()],
    );
    if (claimed[0]) return { outcome: 'claimed', card: toCard(claimed[0]) };
    const existing = await this.db.query<Row>(`SELECT ${columns} FROM teams_cards WHERE id = $1 AND conversation_id = $2`, [cardId, conversation]);
    return existing[0] ? { outcome: 'answered', card: toCard(existing[0]) } : { outcome: 'unknown' };
  }

  /** Undoes a claim when the turn behind it failed, so the card can be pressed again. */
  async release(cardId: string): Promise<void> {
    await this.db.query('UPDATE teams_cards SET answered_choice = NULL, answered_by = NULL, answered_at = NULL WHERE id = $1', [cardId]);
  }

  /** Retention: cards older than `before` go (their conversations' sessions are purged on the same schedule). */
  async purge(before: Date): Promise<number> {
    const rows = await this.db.query('DELETE FROM teams_cards WHERE created_at < $1 RETURNING id', [before.toISOString()]);
    return rows.length;
  }
}
