import type { Migration } from './migration.js';

export const v2: Migration = {
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
};
