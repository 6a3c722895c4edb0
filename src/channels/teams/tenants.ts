import type { Config } from '../../config.js';
import type { Content } from '../../content/types.js';
import { teamsTargets } from './teams-address.js';

/**
 * The Microsoft 365 tenants WatNu serves: the bot registration's own tenant
 * and every tenant named in a school.yaml. An activity from another tenant is
 * refused after its token was checked. An empty set means no tenant is
 * configured anywhere, and then every tenant is served (a multi-tenant bot
 * with TEAMS_DEFAULT_SCHOOL, or local development).
 */
export function allowedTenants(config: Config, content: Content): ReadonlySet<string> {
  const tenants = new Set<string>();
  if (config.MicrosoftAppTenantId) tenants.add(config.MicrosoftAppTenantId.toLowerCase());
  for (const school of content.schools.values()) {
    if (school.teams?.tenantId) tenants.add(school.teams.tenantId.toLowerCase());
    for (const target of teamsTargets(school)) {
      if (target.tenantId) tenants.add(target.tenantId.toLowerCase());
    }
  }
  return tenants;
}

export function tenantAllowed(allowed: ReadonlySet<string>, tenantId: string | null): boolean {
  return allowed.size === 0 || (tenantId !== null && allowed.has(tenantId.toLowerCase()));
}

/** The tenant of a school's configured IB or director channel: the channel's own tenantId, else the school's. */
export function schoolTenantOfChannel(content: Content, conversationId: string): string | undefined {
  for (const school of content.schools.values()) {
    for (const target of teamsTargets(school)) {
      if (target.conversationId === conversationId) return target.tenantId ?? school.teams?.tenantId;
    }
  }
  return undefined;
}
