import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, loggedLines } from '../helpers/log-lines.js';
import { type SlackUser, memberJoinedChannel } from './payloads.js';
import { handOver } from './hand-over.js';
import { textOf } from './slack-driver.js';
import { botUserId } from './fake-slack-api.js';
import { proo, staff } from './slack-schools.js';
import { type SlackTestApp, startSlackTestApp } from './slack-test-app.js';

/**
 * Slack says no: WatNu not invited to the IB channel (not_in_channel), or its
 * token revoked. Nothing is lost: the handoff waits for the invite, fails
 * over to the next level and the embedded inbox when the window passes, and
 * the asker is told whom to call. The clock is injected; nothing is timed.
 */
let t: SlackTestApp;
let now = new Date('2026-12-01T09:00:00Z');
beforeAll(async () => {
  t = await startSlackTestApp({ clock: () => now });
});
afterAll(async () => {
  await t.close();
});

async function handOverAndFind(user: SlackUser, initials: string): Promise<string> {
  await handOver(t.slack, user, initials);
  const rows = await t.app.db.query<{ id: string }>(`SELECT id FROM handoffs WHERE data->'pupil'->>'initials' = $1`, [initials]);
  return rows[0]!.id;
}

const postsIn = (channel: string, initials: string) => t.api.channel(channel).filter((m) => textOf([m]).includes(`${initials}, groep 5`));
const delivery = async (id: string) => (await t.app.db.query<{ delivery: string }>('SELECT delivery FROM handoffs WHERE id = $1', [id]))[0]!.delivery;
const statusOf = async (user: SlackUser) => textOf(await t.slack.dm(user, 'status'));

describe('Slack refuses a handoff', () => {
  it('not invited → not_in_channel → the handoff waits → WatNu is invited (member_joined_channel) → delivered exactly once', async () => {
    t.api.notInChannel.add(proo.ibChannel);
    const id = await handOverAndFind(staff.juf, 'Q.Z.');
    await eventually(async () => (await delivery(id)) === 'waiting', 'the handoff to wait for access');
    expect(postsIn(proo.ibChannel, 'Q.Z.')).toHaveLength(0);
    expect(await statusOf(staff.juf)).toMatch(/wacht: WatNu kan het IB-kanaal nog niet bereiken/);
    expect(loggedLines().some((l) => l.level === 40 && l.school === proo.schoolId && l.channel === 'slack' && l.reason === 'not_in_channel')).toBe(true);

    t.api.notInChannel.delete(proo.ibChannel);
    const joined = await t.slack.event(memberJoinedChannel(proo.team, proo.ibChannel, botUserId, staff.ib.id));
    expect(joined.status).toBe(200);
    await eventually(() => postsIn(proo.ibChannel, 'Q.Z.').length > 0, 'the post in the IB channel');
    await t.slack.settle();
    expect(postsIn(proo.ibChannel, 'Q.Z.')).toHaveLength(1);
    expect(await delivery(id)).toBe('delivered');
    expect(await statusOf(staff.juf)).toMatch(/Q\.Z\., groep 5 .* bezorgd, nog niet opgepakt/);
  });

  it('never invited → after the window (hoog: 15 minutes) it fails over to the next level and the embedded inbox; the asker is told whom to call', async () => {
    t.api.notInChannel.add(proo.ibChannel);
    const id = await handOverAndFind(staff.juf, 'W.V.');
    await eventually(async () => (await delivery(id)) === 'waiting', 'the handoff to wait for access');
    now = new Date(now.getTime() + 14 * 60_000);
    await t.app.timers.tick();
    expect(await delivery(id)).toBe('waiting');

    now = new Date(now.getTime() + 2 * 60_000);
    await t.app.timers.tick();
    expect(await delivery(id)).toBe('failed-over');
    t.app.dispatcher.kick();
    // The next level that does not read the IB channel: the director, in the director's Slack channel.
    await eventually(() => postsIn(proo.directeurChannel, 'W.V.').length > 0, 'the failover in the director channel');
    expect(textOf(postsIn(proo.directeurChannel, 'W.V.'))).toMatch(/Niet bezorgd in het IB-kanaal: WatNu kan daar niet posten\. Gevraagd aan Jan Diebels \(directeur\)/);
    const notice = await eventually(() => t.api.channel(`D${staff.juf.id.slice(1)}`).find((m) => textOf([m]).includes('NIET bezorgd')), 'the notice to the asker');
    expect(textOf([notice])).toMatch(/Je overdracht is NIET bezorgd in het IB-kanaal\. Bel nu Jan Diebels \(directeur\): 071 572 4242\./);
    const inbox = await t.app.get('/api/chat/inbox?schoolId=proo-leiden&channel=directeur');
    expect(inbox.body.messages.some((m: { text: string }) => m.text.includes('W.V., groep 5') && m.text.includes('Niet bezorgd'))).toBe(true);
    expect(await statusOf(staff.juf)).toMatch(/W\.V\., groep 5 .* niet bezorgd in het IB-kanaal: doorgezet naar Jan Diebels \(directeur\)/);
    // Failed over once, also when the timers run again.
    await t.app.timers.tick();
    const audit = await t.app.db.query(`SELECT 1 FROM audit_log WHERE subject = $1 AND action = 'handoff.failed-over'`, [id]);
    expect(audit).toHaveLength(1);
    t.api.notInChannel.delete(proo.ibChannel);
  });

  it('revoked token → the IB post fails for good, the handoff fails over at once, and an error log names the school and channel', async () => {
    t.api.tokenError = 'token_revoked';
    // The asker uses the web chat of the same school; the IB channel is Slack.
    const chat = (body: Record<string, string>) => t.app.chat({ conversationId: 'web-revoked', schoolId: proo.schoolId, user: { id: 'juf-web' }, ...body });
    const steps: Array<Record<string, string>> = [{ text: 'overdracht' }, { choiceId: 'handoff/urgency/acuut' }, { text: 'X.Y.' }, { text: '5' }, { choiceId: 'handoff/send' }];
    for (const step of steps) {
      expect((await chat(step)).status).toBe(200);
    }
    const [{ id }] = await t.app.db.query<{ id: string }>(`SELECT id FROM handoffs WHERE data->'pupil'->>'initials' = 'X.Y.'`) as [{ id: string }];
    await eventually(async () => (await delivery(id)) === 'failed-over', 'the failover');
    const notice = await eventually(async () => {
      const inbox = await t.app.get('/api/chat/notices?schoolId=proo-leiden&conversationId=web-revoked');
      return inbox.body.messages.find((m: { text: string }) => m.text.includes('NIET bezorgd'));
    }, 'the notice in the asker\'s chat');
    expect(notice.text).toMatch(/Bel nu Jan Diebels \(directeur\): 071 572 4242/);
    const errors = loggedLines().filter((l) => l.level === 50 && l.school === proo.schoolId && l.channel === 'slack' && l.reason === 'token_revoked');
    expect(errors.length).toBeGreaterThan(0);
    expect(JSON.stringify(errors)).not.toContain('X.Y.');
    t.api.tokenError = null;
  });
});
