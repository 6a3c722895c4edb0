import type { Content, School } from '../../content/types.js';

/** Who is writing, as far as WatNu's configuration knows. */
export interface SlackIdentity {
  readonly schoolId: string;
  /** From the school's `users` list; unknown users get the teacher's view. */
  readonly role?: string;
  readonly name?: string;
}

/**
 * Slack user and workspace → school and role. A user listed in a school's
 * `users` (by Slack user id) belongs to that school; otherwise the workspace
 * (`slack.teamId`) decides, when exactly one school claims it. Null when
 * neither says which school: WatNu then answers nothing from a protocol.
 */
export function slackIdentity(content: Content, teamId: string | undefined, userId: string): SlackIdentity | null {
  const schools = [...content.schools.values()];
  const inTeam = (school: School) => teamId !== undefined && school.slack?.teamId === teamId;
  const listed = schools.filter((school) => school.users.some((u) => u.slack === userId) && (inTeam(school) || !school.slack));
  const school = listed.length === 1 ? listed[0] : listed.length === 0 ? only(schools.filter(inTeam)) : undefined;
  if (!school) return null;
  const user = school.users.find((u) => u.slack === userId);
  return { schoolId: school.id, ...(user?.role ? { role: user.role } : {}), ...(user?.name ? { name: user.name } : {}) };
}

function only<T>(items: readonly T[]): T | undefined {
  return items.length === 1 ? items[0] : undefined;
}
