import { createHash } from 'node:crypto';
import type { Db } from './db.js';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/**
 * The one SQL schema, as an ordered list of migrations. Never edit a released
 * migration; add a new one. Timestamps are timestamptz; counters are cast to
 * int in queries because PGlite and pg return int8 differently.
 */
export const migrations: readonly Migration[] = [
  {
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
  },
  {
    version: 2,
    name: 'calamity cases with an append-only logbook, incident register',
    sql: `
      CREATE TABLE calamity_cases (
        id text PRIMARY KEY,
        school_id text NOT NULL,
        template text NOT NULL,
        title text NOT NULL,
        size text NOT NULL,
        status text NOT NULL,
        opened_by text NOT NULL,
        opened_at timestamptz NOT NULL,
        closed_at timestamptz,
        crisis_team jsonb NOT NULL DEFAULT '[]'::jsonb
      );
      CREATE INDEX calamity_cases_school ON calamity_cases (school_id, status);

      CREATE TABLE calamity_items (
        case_id text NOT NULL REFERENCES calamity_cases (id) ON DELETE CASCADE,
        item text NOT NULL,
        status text NOT NULL,
        owner text,
        due_at timestamptz,
        updated_at timestamptz NOT NULL,
        PRIMARY KEY (case_id, item)
      );

      CREATE TABLE calamity_log (
        id bigserial PRIMARY KEY,
        case_id text NOT NULL REFERENCES calamity_cases (id) ON DELETE CASCADE,
        at timestamptz NOT NULL,
        author text NOT NULL,
        kind text NOT NULL,
        text text NOT NULL
      );
      CREATE INDEX calamity_log_case ON calamity_log (case_id, id);

      CREATE FUNCTION calamity_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        IF TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM calamity_cases WHERE id = OLD.case_id) THEN
          RETURN OLD;
        END IF;
        RAISE EXCEPTION 'the calamity logbook is append-only';
      END;
      $fn$;
      CREATE TRIGGER calamity_log_no_change BEFORE UPDATE OR DELETE ON calamity_log
        FOR EACH ROW EXECUTE FUNCTION calamity_log_append_only();

      CREATE TABLE incidents (
        id text PRIMARY KEY,
        school_id text NOT NULL,
        category text NOT NULL,
        kind text,
        occurred_on date NOT NULL,
        place text NOT NULL,
        initials text,
        registered_by text NOT NULL,
        created_at timestamptz NOT NULL
      );
      CREATE INDEX incidents_school_date ON incidents (school_id, occurred_on);
    `,
  },
  {
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
  },
  {
    version: 4,
    name: 'Refused deliveries wait for access; in-doubt survives a failed check; handoff delivery state and failover',
    sql: `
      ALTER TABLE outbox ADD COLUMN in_doubt boolean NOT NULL DEFAULT false;
      ALTER TABLE outbox ADD COLUMN target_key text;
      CREATE INDEX outbox_waiting ON outbox (channel, school_id) WHERE status = 'waiting';

      ALTER TABLE handoffs ADD COLUMN delivery text NOT NULL DEFAULT 'pending';
      ALTER TABLE handoffs ADD COLUMN deliver_by timestamptz;
      ALTER TABLE handoffs ADD COLUMN delivered_at timestamptz;
      CREATE INDEX handoffs_failover ON handoffs (deliver_by) WHERE delivery IN ('pending', 'waiting');
    `,
  },
  {
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
  },
  {
    version: 6,
    name: 'oefenmodus on the session (no extra query per turn)',
    // A conversation switched to oefenmodus before its first real turn has no session to carry the flag: it leaves oefenmodus.
    sql: `
      UPDATE sessions SET data = jsonb_set(data, '{practice}', 'true'::jsonb), version = version + 1
        WHERE key IN (SELECT conv_key FROM practice_conversations);
      DROP TABLE practice_conversations;
    `,
  },
];

/** Which migrations there are, as a hash: a PGlite template made with other migrations is remade by the build. */
export function migrationsFingerprint(): string {
  return createHash('sha256').update(JSON.stringify(migrations)).digest('hex').slice(0, 16);
}

/** Applies pending migrations in one transaction; safe to run from several processes at once. */
export async function migrate(db: Db): Promise<number[]> {
  await db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version integer PRIMARY KEY,
    name text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`);
  return db.transaction(async (tx) => {
    if (db.kind === 'postgres') await tx.query('SELECT pg_advisory_xact_lock(727274)');
    const rows = await tx.query<{ version: number }>('SELECT version::int AS version FROM schema_migrations');
    const applied = new Set(rows.map((r) => Number(r.version)));
    const done: number[] = [];
    for (const migration of migrations) {
      if (applied.has(migration.version)) continue;
      for (const statement of splitStatements(migration.sql)) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      done.push(migration.version);
    }
    return done;
  });
}

/** Splits on statement ends, keeping $fn$ … $fn$ function bodies whole. */
function splitStatements(sql: string): string[] {
  const statements: string[] = [];
  let current = '';
  let inBody = false;
  for (const line of sql.split('\n')) {
    current += `${line}\n`;
    if ((line.match(/\$fn\$/g) ?? []).length % 2 === 1) inBody = !inBody;
    if (!inBody && /;\s*$/.test(line)) {
      statements.push(current.trim().replace(/;$/, ''));
      current = '';
    }
  }
  if (current.trim()) statements.push(current.trim());
  return statements.filter((s) => s.length > 0);
}
