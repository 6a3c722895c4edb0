import type { Migration } from './migration.js';

export const v4: Migration = {
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
};
