import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { projectRoot } from '../helpers/content.js';

/** The Teams side of the two real schools, as an administrator would configure it. */
export const tenants = {
  proo: '6f1c2a1e-7d3b-4c55-9a0e-1b2c3d4e5f60',
  brug: '0b9e8d7c-6a5f-4e3d-8c2b-1a0f9e8d7c6b',
  other: '99999999-8888-7777-6666-555555555555',
} as const;

export const teams = {
  proo: '19:proo-team-general@thread.tacv2',
  brug: '19:brug-team-general@thread.tacv2',
} as const;

export const channels = {
  prooIb: '19:proo-ib-overdracht@thread.tacv2',
  prooDirecteur: '19:proo-directie@thread.tacv2',
  prooTeachers: '19:proo-leerkrachten@thread.tacv2',
  brugIb: '19:brug-zorg@thread.tacv2',
} as const;

export const staff = {
  ib: { id: '29:ib-ilse', aadObjectId: 'a1b2c3d4-0000-4000-8000-00000000001b', name: 'Ilse Verbeek' },
  directeur: { id: '29:dir-jan', aadObjectId: 'a1b2c3d4-0000-4000-8000-0000000000d1', name: 'Jan Diebels', upn: 'jan.diebels@proo-leiden.example' },
  teacher: { id: '29:juf-sanne', aadObjectId: 'a1b2c3d4-0000-4000-8000-00000000000a', name: 'Sanne de Vries' },
  brugTeacher: { id: '29:meester-rik', aadObjectId: 'a1b2c3d4-0000-4000-8000-00000000000b', name: 'Rik Jansen' },
} as const;

/**
 * A copy of schools/ with Teams configured (tenant, team, IB and director
 * channels, staff by AAD object id and by UPN), for SCHOOLS_DIR. The real
 * dialogs, contacts and sources are used unchanged.
 */
export function teamsSchoolsDir(): { dir: string; remove(): void } {
  const root = mkdtempSync(join(tmpdir(), 'watnu-teams-schools-'));
  const dir = join(root, 'schools');
  cpSync(join(projectRoot, 'schools'), dir, { recursive: true });
  configure(join(dir, 'proo-leiden', 'school.yaml'), {
    teams: { tenantId: tenants.proo, teamIds: [teams.proo] },
    ib: { conversationId: channels.prooIb, tenantId: tenants.proo },
    directeur: { conversationId: channels.prooDirecteur, tenantId: tenants.proo },
    users: [
      { teams: staff.ib.aadObjectId, role: 'intern-begeleider', name: 'Ilse Verbeek (IB)' },
      { teams: staff.directeur.upn, role: 'directeur', name: 'Jan Diebels', deputy: true },
    ],
  });
  configure(join(dir, 'sbo-de-brug', 'school.yaml'), {
    teams: { tenantId: tenants.brug, teamIds: [teams.brug] },
    ib: { conversationId: channels.brugIb },
    users: [],
  });
  return { dir, remove: () => rmSync(root, { recursive: true, force: true }) };
}

interface TeamsSetup {
  readonly teams: { tenantId: string; teamIds: string[] };
  readonly ib: { conversationId: string; tenantId?: string };
  readonly directeur?: { conversationId: string; tenantId?: string };
  readonly users: ReadonlyArray<Record<string, unknown>>;
}

function configure(path: string, setup: TeamsSetup): void {
  const doc = parseDocument(readFileSync(path, 'utf8'));
  doc.set('teams', setup.teams);
  doc.setIn(['channels', 'ib', 'teams'], setup.ib);
  if (setup.directeur) doc.setIn(['channels', 'directeur', 'teams'], setup.directeur);
  const existing = (doc.toJS().users as unknown[] | undefined) ?? [];
  doc.set('users', [...existing, ...setup.users]);
  writeFileSync(path, doc.toString());
}
