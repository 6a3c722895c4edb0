import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { projectRoot } from '../helpers/content.js';
import type { SlackUser } from './payloads.js';

/** PROO Leiden's Slack workspace in the tests: its team, IB and director channels, and staff. */
export const proo = { schoolId: 'proo-leiden', team: 'T0PROO', ibChannel: 'C0IBPROO', directeurChannel: 'C0DIRPROO' } as const;

export const staff = {
  juf: { id: 'U0JUF', team: proo.team, username: 'juf.anna' },
  ib: { id: 'U0IB', team: proo.team, username: 'ilse.ib' },
  directeur: { id: 'U0DIR', team: proo.team, username: 'jan.d' },
  /** In the workspace, not listed in `users`: the teacher's view. */
  collega: { id: 'U0COLLEGA', team: proo.team, username: 'collega' },
  /** A workspace no school claims. */
  stranger: { id: 'U0STRANGER', team: 'T0ELSEWHERE', username: 'onbekend' },
} satisfies Record<string, SlackUser>;

/** The DM channel between a user and WatNu (the fake API's conversations.open answers the same). */
export const dmOf = (user: SlackUser) => `D${user.id.slice(1)}`;

/**
 * A copy of the real schools/ with Slack configured for PROO Leiden: its
 * workspace, channels for `ib` and `directeur`, and three staff identities.
 * Copied per test run so the tests follow the real school files.
 */
export function slackSchoolsDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'watnu-slack-schools-'));
  cpSync(join(projectRoot, 'schools'), dir, { recursive: true });
  const file = join(dir, proo.schoolId, 'school.yaml');
  const doc = parseDocument(readFileSync(file, 'utf8'));
  doc.set('slack', { teamId: proo.team });
  doc.setIn(['channels', 'ib', 'slack'], { channelId: proo.ibChannel });
  doc.setIn(['channels', 'directeur', 'slack'], { channelId: proo.directeurChannel });
  const users = [
    { slack: staff.juf.id, role: 'leerkracht', name: 'Juf Anna' },
    { slack: staff.ib.id, role: 'intern-begeleider', name: 'Ilse IB' },
    { slack: staff.directeur.id, role: 'directeur', name: 'Jan Diebels' },
  ];
  const existing = doc.get('users');
  doc.set('users', [...((existing as { toJSON?: () => unknown[] } | undefined)?.toJSON?.() ?? []), ...users]);
  writeFileSync(file, doc.toString());
  return dir;
}
