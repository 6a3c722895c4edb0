import type { Migration } from './migration.js';

export const v5: Migration = {
  version: 5,
  name: 'Web sign-in: pending OpenID Connect logins and server-side sessions; contact overrides from beheer; oefenmodus conversations',
  sql: `
      CREATE TABLE web_logins (
        state_hash text PRIMARY KEY,
        code_verifier text NOT NULL,
        nonce text NOT NULL,
        school_id text,
        created_at timestamptz NOT NULL
      );
      CREATE INDEX web_logins_created ON web_logins (created_at);

      CREATE TABLE web_sessions (
        token_hash text PRIMARY KEY,
        school_id text NOT NULL,
        subject text NOT NULL,
        email text NOT NULL,
        name text,
        csrf_token text NOT NULL,
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL
      );
      CREATE INDEX web_sessions_expires ON web_sessions (expires_at);

      CREATE TABLE contact_overrides (
        school_id text NOT NULL,
        contact_id text NOT NULL,
        data jsonb NOT NULL,
        updated_by text NOT NULL,
        updated_at timestamptz NOT NULL,
        revision bigserial NOT NULL,
        PRIMARY KEY (school_id, contact_id)
      );

      CREATE TABLE practice_conversations (
        conv_key text PRIMARY KEY,
        started_at timestamptz NOT NULL
      );
    `,
};
