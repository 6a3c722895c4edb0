import type { Content, School } from '../../content/types.js';
import type { ActivityFacts } from './activity-facts.js';
import { teamsTargets } from './teams-address.js';

export interface TeamsIdentity {
  readonly school: School | null;
  /** The AAD object id when Teams gives one (stable across chats), else the Teams user id. */
  readonly userId: string;
  readonly name?: string;
  /** The configured role; absent for unknown users, who get the teacher's view. */
  readonly role?: string;
}

type StaffEntry = School['users'][number];

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** A school that names another tenant never matches. */
function tenantAllows(school: School, facts: ActivityFacts): boolean {
  return !school.teams?.tenantId || !facts.tenantId || school.teams.tenantId === facts.tenantId;
}

/** Schools this activity may belong to: those with Teams configured, of its tenant or naming none. */
function candidates(content: Content, facts: ActivityFacts): School[] {
  return [...content.schools.values()].filter((s) => s.teams && tenantAllows(s, facts));
}

/** The school whose IB or director channel this is. */
function channelSchool(content: Content, facts: ActivityFacts): School | undefined {
  if (!facts.channelId) return undefined;
  return [...content.schools.values()].find(
    (s) => tenantAllows(s, facts) && teamsTargets(s).some((t) => t.conversationId === facts.channelId),
  );
}

export function staffEntry(school: School, facts: ActivityFacts, upn: string | null): StaffEntry | undefined {
  return school.users.find((u) => u.teams && ((facts.aadObjectId && same(u.teams, facts.aadObjectId)) || (upn && same(u.teams, upn))));
}

/** True when a user could only be recognised by UPN: the connector must then be asked for it. */
export function needsUpn(content: Content, facts: ActivityFacts): boolean {
  const schools = candidates(content, facts);
  if (schools.some((s) => staffEntry(s, facts, null))) return false;
  return schools.some((s) => s.users.some((u) => u.teams?.includes('@')));
}

/**
 * Which school and role an activity belongs to: the school whose IB or
 * director channel it is, whose team it is, that lists the user, or the only
 * school of the tenant; then TEAMS_DEFAULT_SCHOOL. Unknown users keep the
 * teacher's view.
 */
export function resolveIdentity(content: Content, facts: ActivityFacts, upn: string | null, defaultSchoolId?: string): TeamsIdentity {
  const schools = candidates(content, facts);
  const byTenant = facts.tenantId ? schools.filter((s) => s.teams?.tenantId === facts.tenantId) : [];
  const school =
    channelSchool(content, facts) ??
    (facts.teamId ? schools.find((s) => s.teams?.teamIds.includes(facts.teamId!)) : undefined) ??
    schools.find((s) => staffEntry(s, facts, upn)) ??
    (byTenant.length === 1 ? byTenant[0] : undefined) ??
    (defaultSchoolId ? content.schools.get(defaultSchoolId) : undefined) ??
    null;
  const entry = school ? staffEntry(school, facts, upn) : undefined;
  const name = entry?.name ?? facts.fromName ?? undefined;
  return {
    school,
    userId: facts.aadObjectId ?? facts.fromId,
    ...(name ? { name } : {}),
    ...(entry ? { role: entry.role } : {}),
  };
}
