import { describe, expect, it } from 'vitest';
import { activityFacts, localeOf } from '../../src/channels/teams/activity-facts.js';
import { parseActionData } from '../../src/channels/teams/card-data.js';
import { baseConversationId, kindOfConversation } from '../../src/channels/teams/conversation-id.js';
import { toDeliveryError } from '../../src/channels/teams/delivery-error.js';
import { resolveIdentity } from '../../src/channels/teams/identity.js';
import { cleanText, messageEvent } from '../../src/channels/teams/inbound-event.js';
import { tenantAllowed } from '../../src/channels/teams/tenants.js';
import type { Content, School } from '../../src/content/types.js';
import { realContent } from '../helpers/content.js';
import { message, personal, type Where } from './activities.js';
import { channels, staff, teams, tenants } from './teams-fixture.js';

const real = realContent().content;

/** The real schools with the Teams settings of teams-fixture.ts, in memory. */
function configured(): Content {
  const proo = real.schools.get('proo-leiden')!;
  const brug = real.schools.get('sbo-de-brug')!;
  const withTeams = (school: School, over: Partial<School>): School => ({ ...school, ...over });
  const schools = new Map<string, School>([
    [
      'proo-leiden',
      withTeams(proo, {
        teams: { tenantId: tenants.proo, teamIds: [teams.proo] },
        channels: { ib: { teams: { conversationId: channels.prooIb } }, directeur: {} },
        users: [
          { teams: staff.ib.aadObjectId.toUpperCase(), role: 'intern-begeleider', name: 'Ilse (IB)', deputy: false },
          { teams: staff.directeur.upn, role: 'directeur', deputy: true },
        ],
      }),
    ],
    ['sbo-de-brug', withTeams(brug, { teams: { tenantId: tenants.brug, teamIds: [teams.brug] }, users: [] })],
  ]);
  return { ...real, schools };
}

const url = 'https://smba.trafficmanager.net/emea/';
const facts = (where: Where, user: { id: string; aadObjectId?: string; name?: string } = staff.teacher, locale = 'nl-NL') =>
  activityFacts(message(url, where, user, 'x', locale) as never, realContent().content.locales);

describe('activity facts', () => {
  it('reads tenant, team, channel, user and locale from a channel thread message', () => {
    const f = facts({ kind: 'channel', teamId: teams.proo, channelId: channels.prooTeachers, tenantId: tenants.proo, threadId: '17' }, staff.ib, 'en-GB');
    expect(f).toMatchObject({
      conversationId: `${channels.prooTeachers};messageid=17`,
      kind: 'channel',
      tenantId: tenants.proo,
      teamId: teams.proo,
      channelId: channels.prooTeachers,
      serviceUrl: url,
      fromId: staff.ib.id,
      aadObjectId: staff.ib.aadObjectId,
      locale: 'en',
    });
  });

  it.each([
    ['nl-NL', 'nl'],
    ['nl-BE', 'nl'],
    ['en-US', 'en'],
    ['de-DE', undefined],
    [undefined, undefined],
  ])('locale %s → %s', (tag, locale) => {
    expect(localeOf(tag, realContent().content.locales)).toBe(locale);
  });

  it('a language a board adds to locales/ is recognised from the Teams client', () => {
    const locales = { ...realContent().content.locales, fy: {} };
    expect(localeOf('fy-NL', locales)).toBe('fy');
    expect(localeOf('de-DE', locales)).toBeUndefined();
  });

  it('conversation ids: threads belong to their channel; kinds from the id when Teams does not say', () => {
    expect(baseConversationId('19:abc@thread.tacv2;messageid=123')).toBe('19:abc@thread.tacv2');
    expect(kindOfConversation(undefined, '19:abc@thread.tacv2')).toBe('channel');
    expect(kindOfConversation(undefined, '19:meeting_x@thread.v2')).toBe('groupChat');
    expect(kindOfConversation(undefined, 'a:1xyz')).toBe('personal');
  });
});

describe('identity and school', () => {
  const content = configured();
  it('the IB channel named in school.yaml belongs to its school', () => {
    const f = facts({ kind: 'channel', teamId: '19:elsewhere@thread.tacv2', channelId: channels.prooIb, tenantId: tenants.proo });
    expect(resolveIdentity(content, f, null).school?.id).toBe('proo-leiden');
  });

  it('a team id picks its school', () => {
    const f = facts({ kind: 'channel', teamId: teams.brug, channelId: '19:x@thread.tacv2', tenantId: tenants.brug }, staff.brugTeacher);
    expect(resolveIdentity(content, f, null).school?.id).toBe('sbo-de-brug');
  });

  it('a school that names another tenant never matches, even by team id', () => {
    const f = facts({ kind: 'channel', teamId: teams.brug, channelId: '19:x@thread.tacv2', tenantId: tenants.proo });
    expect(resolveIdentity(content, f, null).school?.id).toBe('proo-leiden');
  });

  it('staff by AAD object id (case-insensitive) and by UPN get their role and configured name', () => {
    const ib = resolveIdentity(content, facts(personal(staff.ib, tenants.proo), staff.ib), null);
    expect(ib).toMatchObject({ userId: staff.ib.aadObjectId, role: 'intern-begeleider', name: 'Ilse (IB)' });
    const dir = resolveIdentity(content, facts(personal(staff.directeur, tenants.proo), staff.directeur), 'Jan.Diebels@proo-leiden.example');
    expect(dir).toMatchObject({ role: 'directeur', name: staff.directeur.name });
  });

  it('unknown users get no role (the teacher\'s view) and keep their Teams name', () => {
    const who = resolveIdentity(content, facts(personal(staff.teacher, tenants.proo)), null);
    expect(who.school?.id).toBe('proo-leiden');
    expect(who.role).toBeUndefined();
    expect(who.name).toBe(staff.teacher.name);
  });

  it('no match: TEAMS_DEFAULT_SCHOOL, else no school', () => {
    const f = facts(personal(staff.teacher, tenants.other));
    expect(resolveIdentity(content, f, null).school).toBeNull();
    expect(resolveIdentity(content, f, null, 'sbo-de-brug').school?.id).toBe('sbo-de-brug');
  });

  it('tenants: an empty allow-list serves everyone; otherwise only listed tenants (case-insensitive)', () => {
    expect(tenantAllowed(new Set(), null)).toBe(true);
    expect(tenantAllowed(new Set([tenants.proo]), tenants.proo.toUpperCase())).toBe(true);
    expect(tenantAllowed(new Set([tenants.proo]), tenants.other)).toBe(false);
    expect(tenantAllowed(new Set([tenants.proo]), null)).toBe(false);
  });
});

describe('inbound text and card data', () => {
  it.each([
    ['wat nu?', 'wat nu?'],
    ['  <at>Juf Anna</at> en ik   zagen&nbsp;blauwe plekken ', 'Juf Anna en ik zagen blauwe plekken'],
    ['<p>regel 1<br>regel 2</p>', 'regel 1\nregel 2'],
    ['a &amp; b &lt;c&gt;', 'a & b <c>'],
  ])('cleanText(%j) → %j', (input, output) => {
    expect(cleanText(input)).toBe(output);
  });

  it('an empty message (just the mention) opens the menu; over 2000 characters is refused', () => {
    expect(messageEvent('  ')).toEqual({ kind: 'choice', choiceId: 'cmd/menu' });
    expect(messageEvent('x'.repeat(2001))).toBe('too-long');
    expect(messageEvent('hallo')).toEqual({ kind: 'text', text: 'hallo' });
  });

  it('card data: only WatNu\'s own shapes are accepted', () => {
    expect(parseActionData({ watnu: 'choice', card: 'c', choice: 'route/meldcode' })).toEqual({ kind: 'choice', card: 'c', choice: 'route/meldcode' });
    expect(parseActionData({ watnu: 'ack', handoff: 'h' })).toEqual({ kind: 'ack', handoff: 'h' });
    expect(parseActionData({ watnu: 'choice', choice: 'x' })).toBeNull();
    expect(parseActionData('route/meldcode')).toBeNull();
    expect(parseActionData({ watnu: 'choice', card: 'c', choice: 'x'.repeat(301) })).toBeNull();
  });
});

describe('connector failures → delivery errors', () => {
  const headers = (h: Record<string, string>) => ({ get: (name: string) => h[name] });
  it.each([
    [{ statusCode: 429, response: { headers: headers({ 'retry-after': '7' }) } }, { retryAfterMs: 7_000, failure: 'retryable' }],
    [{ statusCode: 503 }, { retryAfterMs: undefined, failure: 'retryable', mayHaveArrived: true }],
    [{ statusCode: 404 }, { failure: 'waiting-for-access' }],
    [{ statusCode: 403, response: { bodyAsText: '{"error":{"code":"BotNotInConversationRoster","message":"The bot is not part of the conversation roster."}}' } }, { failure: 'waiting-for-access', reason: 'BotNotInConversationRoster' }],
    [{ statusCode: 404, code: 'ConversationNotFound' }, { failure: 'waiting-for-access', reason: 'ConversationNotFound' }],
    [{ statusCode: 401 }, { failure: 'broken-configuration', reason: 'HTTP 401' }],
    [{ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED' }, { failure: 'retryable' }],
  ])('%j', (failure, expected) => {
    expect(toDeliveryError(failure)).toMatchObject(expected);
  });
});
