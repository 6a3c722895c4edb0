import type { Migration } from './migration.js';

export const v3: Migration = {
  version: 3,
  name: 'Teams: conversation references, sent choice cards, delivery records',
  sql: `
      CREATE TABLE teams_conversations (
        conversation_id text PRIMARY KEY,
        kind text NOT NULL,
        tenant_id text,
        team_id text,
        channel_id text,
        school_id text,
        service_url text NOT NULL,
        reference jsonb NOT NULL,
        installed boolean NOT NULL DEFAULT false,
        updated_at timestamptz NOT NULL
      );
      CREATE INDEX teams_conversations_team ON teams_conversations (team_id);
      CREATE INDEX teams_conversations_channel ON teams_conversations (channel_id);
      CREATE INDEX teams_conversations_tenant ON teams_conversations (tenant_id, updated_at);

      CREATE TABLE teams_cards (
        id text PRIMARY KEY,
        conversation_id text NOT NULL,
        reply jsonb NOT NULL,
        locale text NOT NULL,
        answered_choice text,
        answered_by text,
        answered_at timestamptz,
        created_at timestamptz NOT NULL
      );
      CREATE INDEX teams_cards_created ON teams_cards (created_at);

      CREATE TABLE teams_deliveries (
        idempotency_key text PRIMARY KEY,
        sent_ref jsonb NOT NULL,
        created_at timestamptz NOT NULL
      );
    `,
};
