import type { TurnContext } from 'botbuilder';
import type { Content } from '../../content/types.js';
import type { Logger } from '../../log.js';
import { type ActivityFacts, activityFacts } from './activity-facts.js';
import { needsUpn, resolveIdentity, type TeamsIdentity } from './identity.js';

const upnTtlMs = 60 * 60 * 1000;
const maxCached = 2_000;

/**
 * Who sent an activity, for which school. Staff listed by AAD object id are
 * recognised from the activity itself; staff listed by UPN need one call to
 * the Bot Connector (cached for an hour).
 */
export class IdentityResolver {
  private readonly upns = new Map<string, { upn: string | null; until: number }>();

  constructor(
    private readonly content: Content,
    private readonly log: Logger,
    private readonly defaultSchoolId?: string,
  ) {}

  async resolve(context: TurnContext): Promise<{ facts: ActivityFacts; identity: TeamsIdentity }> {
    const facts = activityFacts(context.activity, this.content.locales);
    const upn = needsUpn(this.content, facts) ? await this.upnOf(context, facts) : null;
    return { facts, identity: resolveIdentity(this.content, facts, upn, this.defaultSchoolId) };
  }

  private async upnOf(context: TurnContext, facts: ActivityFacts): Promise<string | null> {
    const key = `${facts.tenantId ?? ''}|${facts.fromId}`;
    const cached = this.upns.get(key);
    if (cached && cached.until > Date.now()) return cached.upn;
    let upn: string | null = null;
    try {
      // botbuilder's member look-up, loaded on the first UPN match only: the Teams SDK adapter otherwise never loads botbuilder (~50 MB).
      const { TeamsInfo } = await import('botbuilder');
      const member = await TeamsInfo.getMember(context, facts.fromId);
      upn = member.userPrincipalName ?? member.email ?? null;
    } catch (error) {
      this.log.warn({ err: (error as Error).message }, 'could not look up the Teams user for a UPN match');
      return null;
    }
    if (this.upns.size >= maxCached) this.upns.delete(this.upns.keys().next().value!);
    this.upns.set(key, { upn, until: Date.now() + upnTtlMs });
    return upn;
  }
}
