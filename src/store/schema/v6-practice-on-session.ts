import type { Migration } from './migration.js';

export const v6: Migration = {
  version: 6,
  name: 'oefenmodus on the session (no extra query per turn)',
  // A conversation switched to oefenmodus before its first real turn has no session to carry the flag: it leaves oefenmodus.
  sql: `
      UPDATE sessions SET data = jsonb_set(data, '{practice}', 'true'::jsonb), version = version + 1
        WHERE key IN (SELECT conv_key FROM practice_conversations);
      DROP TABLE practice_conversations;
    `,
};
