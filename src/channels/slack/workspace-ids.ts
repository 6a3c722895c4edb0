/**
 * Slack workspace and organisation ids (`T…`, `E…`) are upper-case letters and
 * digits. Bolt files its API clients under these ids in a plain object, so an
 * id such as `toString` or `__proto__` in a signed body made Bolt throw (a 500
 * on the slash-command endpoint, found by the fuzz test). The receiver refuses
 * such a body as a bad request naming the field instead.
 */
const slackId = /^[A-Z0-9]{1,40}$/;

/** The places Bolt reads a workspace or organisation id from, per payload kind. */
const idPaths: ReadonlyArray<readonly string[]> = [
  ['team_id'],
  ['enterprise_id'],
  ['team', 'id'],
  ['team', 'enterprise_id'],
  ['enterprise', 'id'],
  ['user', 'team_id'],
  ['view', 'app_installed_team_id'],
  ['authorizations', '0', 'team_id'],
  ['authorizations', '0', 'enterprise_id'],
  ['event', 'team'],
];

/** The dotted path of the first id that is present but not in Slack's form; null when all are fine. */
export function workspaceIdProblem(body: Record<string, unknown>): string | null {
  for (const path of idPaths) {
    const value = valueAt(body, path);
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string' || !slackId.test(value)) return path.join('.');
  }
  return null;
}

function valueAt(body: unknown, path: readonly string[]): unknown {
  let value = body;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}
