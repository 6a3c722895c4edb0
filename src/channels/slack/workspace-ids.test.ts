import { describe, expect, it } from 'vitest';
import { workspaceIdProblem } from './workspace-ids.js';

describe('workspaceIdProblem', () => {
  it('accepts Slack-shaped workspace and organisation ids, and bodies without them', () => {
    expect(workspaceIdProblem({})).toBeNull();
    expect(workspaceIdProblem({ team_id: 'T0PROO', enterprise_id: 'E01' })).toBeNull();
    expect(workspaceIdProblem({ team: null, user: { id: 'U1', team_id: 'T0PROO' }, enterprise: null })).toBeNull();
    expect(workspaceIdProblem({ authorizations: [{ team_id: 'T1', enterprise_id: null }], event: { team: 'T1' } })).toBeNull();
  });

  it.each([
    [{ team_id: 'toString' }, 'team_id'],
    [{ team_id: '__proto__' }, 'team_id'],
    [{ team_id: 42 }, 'team_id'],
    [{ enterprise_id: 'constructor' }, 'enterprise_id'],
    [{ team: { id: 'hasOwnProperty' } }, 'team.id'],
    [{ user: { id: 'U1', team_id: 't0proo' } }, 'user.team_id'],
    [{ view: { app_installed_team_id: 'valueOf' } }, 'view.app_installed_team_id'],
    [{ authorizations: [{ team_id: '' }] }, 'authorizations.0.team_id'],
    [{ event: { team: { id: 'T1' } } }, 'event.team'],
  ])('%j is refused at %s', (body, field) => {
    expect(workspaceIdProblem(body as Record<string, unknown>)).toBe(field);
  });

  it('does not read inherited properties as ids', () => {
    const body = Object.create({ team_id: 'toString' }) as Record<string, unknown>;
    expect(workspaceIdProblem(body)).toBeNull();
  });
});
