import type { Queryable } from '../../store/db.js';
import { baseConversationId, type ConversationKind } from './conversation-id.js';

/** What is needed to post into a conversation later: where its Bot Connector lives and who the bot is there. */
export interface ConversationReference {
  readonly channelId: 'msteams';
  readonly serviceUrl: string;
  readonly bot?: { readonly id: string; readonly name?: string };
  readonly conversation: {
    readonly id: string;
    readonly tenantId?: string;
    readonly conversationType: ConversationKind;
    readonly isGroup: boolean;
  };
}

export interface StoredConversation {
  readonly conversationId: string;
  readonly kind: ConversationKind;
  readonly tenantId: string | null;
  readonly teamId: string | null;
  readonly channelId: string | null;
  readonly schoolId: string | null;
  readonly serviceUrl: string;
  readonly reference: ConversationReference;
}

interface Row {
  conversation_id: string;
  kind: ConversationKind;
  tenant_id: string | null;
  team_id: string | null;
  channel_id: string | null;
  school_id: string | null;
  service_url: string;
  reference: ConversationReference;
}

const toStored = (r: Row): StoredConversation => ({
  conversationId: r.conversation_id,
  kind: r.kind,
  tenantId: r.tenant_id,
  teamId: r.team_id,
  channelId: r.channel_id,
  schoolId: r.school_id,
  serviceUrl: r.service_url,
  reference: r.reference,
});

/**
 * Conversation references: captured when the bot is installed in a team, chat
 * or personal scope, and refreshed by every activity, so handoffs, reminders
 * and notices can be posted proactively.
 */
export class ConversationStore {
  /** What was last written per conversation, so an unchanged reference is not rewritten on every activity. */
  private readonly written = new Map<string, { fingerprint: string; at: number }>();

  constructor(private readonly db: Queryable) {}

  /** Upsert; `installed` true marks an install, false an uninstall, null leaves the flag as it is. */
  async remember(c: StoredConversation, installed: boolean | null, now: Date): Promise<void> {
    const fingerprint = JSON.stringify([c.kind, c.tenantId, c.teamId, c.channelId, c.schoolId, c.serviceUrl, c.reference]);
    const last = this.written.get(c.conversationId);
    if (installed === null && last?.fingerprint === fingerprint && now.getTime() - last.at < 3_600_000) return;
    await this.db.query(
      `INSERT INTO teams_conversations (conversation_id, kind, tenant_id, team_id, channel_id, school_id, service_url, reference, installed, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, COALESCE($9, false), $10)
       ON CONFLICT (conversation_id) DO UPDATE SET
         kind = EXCLUDED.kind, tenant_id = COALESCE(EXCLUDED.tenant_id, teams_conversations.tenant_id),
         team_id = COALESCE(EXCLUDED.team_id, teams_conversations.team_id), channel_id = COALESCE(EXCLUDED.channel_id, teams_conversations.channel_id),
         school_id = COALESCE(EXCLUDED.school_id, teams_conversations.school_id), service_url = EXCLUDED.service_url,
         reference = EXCLUDED.reference, installed = COALESCE($9, teams_conversations.installed), updated_at = EXCLUDED.updated_at`,
      [c.conversationId, c.kind, c.tenantId, c.teamId, c.channelId, c.schoolId, c.serviceUrl, JSON.stringify(c.reference), installed, now.toISOString()],
    );
    this.written.set(c.conversationId, { fingerprint, at: now.getTime() });
    if (this.written.size > 50_000) this.written.clear();
  }

  /** The bot was removed from a team or chat: its references go. */
  async forget(conversationId: string, teamId: string | null): Promise<void> {
    if (teamId) this.written.clear();
    else this.written.delete(conversationId);
    await this.db.query('DELETE FROM teams_conversations WHERE conversation_id = $1 OR ($2::text IS NOT NULL AND team_id = $2)', [conversationId, teamId]);
  }

  /** The stored conversation, its channel (for a thread), or the team whose id it is. */
  async find(conversationId: string): Promise<StoredConversation | null> {
    const base = baseConversationId(conversationId);
    const rows = await this.db.query<Row>(
      `SELECT * FROM teams_conversations
       WHERE conversation_id = $1 OR conversation_id = $2 OR channel_id = $2 OR team_id = $2
       ORDER BY (conversation_id = $1) DESC, (conversation_id = $2) DESC, (channel_id = $2) DESC, updated_at DESC
       LIMIT 1`,
      [conversationId, base],
    );
    return rows[0] ? toStored(rows[0]) : null;
  }

  /** The most recently seen conversation of a tenant (any tenant when null): its Bot Connector serves the others too. */
  async latestOfTenant(tenantId: string | null): Promise<StoredConversation | null> {
    const rows = await this.db.query<Row>(
      `SELECT * FROM teams_conversations WHERE ($1::text IS NULL OR tenant_id = $1) ORDER BY updated_at DESC LIMIT 1`,
      [tenantId],
    );
    return rows[0] ? toStored(rows[0]) : null;
  }
}
