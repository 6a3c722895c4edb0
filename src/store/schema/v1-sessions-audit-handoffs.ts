import type { Migration } from './migration.js';

export const v1: Migration = {
  version: 1,
  name: 'sessions, audit log, handoffs, outbox, embedded inbox',
  sql: `
      CREATE TABLE sessions (
        key text PRIMARY KEY,
        school_id text NOT NULL,
        user_id text NOT NULL,
        data jsonb NOT NULL,
        version integer NOT NULL,
        updated_at timestamptz NOT NULL
      );
      CREATE INDEX sessions_user ON sessions (school_id, user_id);
      CREATE INDEX sessions_updated ON sessions (updated_at);

      CREATE TABLE audit_log (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL,
        school_id text NOT NULL,
        action text NOT NULL,
        subject text,
        actor text,
        detail jsonb NOT NULL DEFAULT '{}'::jsonb
      );
      CREATE INDEX audit_subject ON audit_log (subject);
      CREATE INDEX audit_school_at ON audit_log (school_id, at);

      CREATE TABLE handoffs (
        id text PRIMARY KEY,
        school_id text NOT NULL,
        target text NOT NULL,
        urgency text NOT NULL,
        status text NOT NULL,
        asker_id text NOT NULL,
        asker_conv text NOT NULL,
        data jsonb NOT NULL,
        created_at timestamptz NOT NULL,
        acked_by text,
        acked_at timestamptz,
        level integer NOT NULL DEFAULT 0,
        next_escalation_at timestamptz
      );
      CREATE INDEX handoffs_school ON handoffs (school_id, status);
      CREATE INDEX handoffs_asker ON handoffs (school_id, asker_id);
      CREATE INDEX handoffs_escalation ON handoffs (next_escalation_at) WHERE status = 'open';

      CREATE TABLE outbox (
        id text PRIMARY KEY,
        idempotency_key text NOT NULL UNIQUE,
        school_id text NOT NULL,
        kind text NOT NULL,
        channel text NOT NULL,
        target jsonb NOT NULL,
        payload jsonb NOT NULL,
        subject text,
        status text NOT NULL,
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL,
        lease_until timestamptz,
        last_error text,
        sent_ref jsonb,
        created_at timestamptz NOT NULL,
        sent_at timestamptz
      );
      CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
      CREATE INDEX outbox_subject ON outbox (subject);

      CREATE TABLE inbox_messages (
        id text PRIMARY KEY,
        delivery_key text NOT NULL UNIQUE,
        school_id text NOT NULL,
        channel text NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      );
      CREATE INDEX inbox_channel ON inbox_messages (school_id, channel, created_at);

      CREATE TABLE reminders (
        id text PRIMARY KEY,
        school_id text NOT NULL,
        role text NOT NULL,
        due_at timestamptz NOT NULL,
        data jsonb NOT NULL,
        status text NOT NULL,
        created_at timestamptz NOT NULL
      );
      CREATE INDEX reminders_due ON reminders (status, due_at);
    `,
};
