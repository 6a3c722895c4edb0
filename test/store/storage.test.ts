import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinChannels } from '../../src/app/channel-plugins.js';
import { installChannelRegistry } from '../../src/channels/addressing.js';
import type { OutboundMessage } from '../../src/channels/channel.js';
import { ChannelRegistry } from '../../src/channels/registry.js';
import { createWebInbox, readInbox } from '../../src/channels/web/web-inbox.js';
import { newSession } from '../../src/engine/advance.js';
import { isWatnuError } from '../../src/errors.js';
import { acknowledgeHandoff, getHandoff, insertHandoff } from '../../src/handoff/handoff-repository.js';
import { claimDueOutbox, enqueueOutbox, markOutboxRetry, markOutboxSent, markOutboxWaiting, outboxCounts, resumeWaitingOutbox } from '../../src/handoff/outbox-repository.js';
import type { Db } from '../../src/store/db.js';
import { migrate } from '../../src/store/migrations.js';
import { deleteSessionsOfUser, loadSession, purgeSessions, saveSession, saveSessionsWithAudit } from '../../src/store/session-repository.js';

// Outbox rows carry an address key, which the address's channel plugin computes (createApp installs the registry).
installChannelRegistry(new ChannelRegistry(builtinChannels({})));
import { openTestDb, postgresAvailable, type Storage } from '../helpers/test-app.js';

const storages: Storage[] = postgresAvailable ? ['pglite', 'pglite-worker', 'postgres'] : ['pglite', 'pglite-worker'];
const t0 = new Date('2026-11-24T10:00:00Z');
const message: OutboundMessage = { kind: 'notice', reply: { text: 'hallo' } };

describe.each(storages)('storage on %s', (storage) => {
  let db: Db;
  beforeAll(async () => {
    db = await openTestDb(storage);
    await migrate(db);
  });
  afterAll(async () => {
    await db.close();
  });

  it('migrations are idempotent', async () => {
    expect(await migrate(db)).toEqual([]);
    const rows = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM schema_migrations');
    expect(Number(rows[0]!.n)).toBeGreaterThanOrEqual(1);
  });

  it('saves and loads a session, with optimistic concurrency', async () => {
    const session = { ...newSession({ key: 'web:s1', schoolId: 'proo-leiden', userId: 'u1', locale: 'nl', now: t0 }), version: 1 };
    await saveSession(db, session, 0);
    expect(await loadSession(db, 'web:s1')).toEqual(session);
    await saveSession(db, { ...session, version: 2, stepId: 'stap2' }, 1);
    expect((await loadSession(db, 'web:s1'))?.stepId).toBe('stap2');
    const stale = saveSession(db, { ...session, version: 2, stepId: 'other' }, 1);
    await expect(stale).rejects.toSatisfy((e: unknown) => isWatnuError(e, 'STORE_CONFLICT'));
    expect(await loadSession(db, 'missing')).toBeNull();
  });

  it('group commit: several sessions in one statement, each version-checked; a stale one gets the stored session, and only saved ones are audited', async () => {
    const make = (key: string, version: number, stepId = 'a') => ({ ...newSession({ key, schoolId: 'proo-leiden', userId: 'u1', locale: 'nl', now: t0 }), version, stepId });
    await saveSession(db, make('web:g-stale', 3, 'stored'), 0);
    const audit = (action: string) => [{ action, actor: 'u1', detail: { route: 'meldcode', dialog: null, step: null } }];
    const outcomes = await saveSessionsWithAudit(db, [
      { session: make('web:g-new', 1), previousVersion: 0, audits: audit('route.g-new') },
      { session: make('web:g-stale', 2, 'lost'), previousVersion: 1, audits: audit('route.g-stale') },
      { session: make('web:g-other', 1), previousVersion: 0, audits: [] },
    ]);
    expect(outcomes[0]).toEqual({ saved: true });
    expect(outcomes[1]).toMatchObject({ saved: false, current: { key: 'web:g-stale', version: 3, stepId: 'stored' } });
    expect(outcomes[2]).toEqual({ saved: true });
    expect((await loadSession(db, 'web:g-new'))?.version).toBe(1);
    expect((await loadSession(db, 'web:g-stale'))?.stepId).toBe('stored');
    const logged = await db.query<{ action: string; subject: string }>(`SELECT action, subject FROM audit_log WHERE subject LIKE 'web:g-%' ORDER BY id`);
    expect(logged).toEqual([{ action: 'route.g-new', subject: 'web:g-new' }]);
  });

  it('a transaction that fails leaves nothing behind', async () => {
    const session = { ...newSession({ key: 'web:tx', schoolId: 'proo-leiden', userId: 'u1', locale: 'nl', now: t0 }), version: 1 };
    await expect(
      db.transaction(async (tx) => {
        await saveSession(tx, session, 0);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await loadSession(db, 'web:tx')).toBeNull();
  });

  it('purges old sessions and deletes a user’s sessions', async () => {
    const old = { ...newSession({ key: 'web:old', schoolId: 'x', userId: 'u-old', locale: 'nl', now: t0 }), version: 1, updatedAt: '2025-01-01T00:00:00Z' };
    await saveSession(db, old, 0);
    expect(await purgeSessions(db, new Date('2026-01-01T00:00:00Z'))).toBeGreaterThanOrEqual(1);
    expect(await loadSession(db, 'web:old')).toBeNull();
    await saveSession(db, { ...old, key: 'web:mine', updatedAt: t0.toISOString() }, 0);
    expect(await deleteSessionsOfUser(db, 'x', 'u-old')).toBe(1);
  });

  it('outbox: enqueue once per key, claim with a lease, retry, re-claim an expired lease in doubt (and keep it in doubt), wait for access', async () => {
    const item = { id: 'o1', idempotencyKey: 'k1', schoolId: 's', kind: 'notice' as const, channel: 'web' as const, target: { channel: 'web' as const, schoolId: 's', inbox: 'ib' }, payload: message, notBefore: t0 };
    expect(await enqueueOutbox(db, item, t0)).toBe(true);
    expect(await enqueueOutbox(db, { ...item, id: 'o1-again' }, t0)).toBe(false);
    const [claimed] = await claimDueOutbox(db, t0, 10, 30_000);
    expect(claimed).toMatchObject({ id: 'o1', attempts: 1, inDoubt: false });
    expect(await claimDueOutbox(db, new Date(t0.getTime() + 1_000), 10, 30_000)).toEqual([]);
    const afterLease = await claimDueOutbox(db, new Date(t0.getTime() + 31_000), 10, 30_000);
    expect(afterLease).toMatchObject([{ id: 'o1', attempts: 2, inDoubt: true }]);
    // The check of the in-doubt item failed (503): it is still in doubt at the next attempt.
    await markOutboxRetry(db, 'o1', 'HTTP 503', new Date(t0.getTime() + 60_000));
    expect(await claimDueOutbox(db, new Date(t0.getTime() + 59_000), 10, 30_000)).toEqual([]);
    const retried = await claimDueOutbox(db, new Date(t0.getTime() + 61_000), 10, 30_000);
    expect(retried).toMatchObject([{ id: 'o1', attempts: 3, inDoubt: true }]);
    // Refused for lack of access: waits until the probe time, or until access appears.
    await markOutboxWaiting(db, 'o1', 'not_in_channel', new Date(t0.getTime() + 600_000));
    expect(await claimDueOutbox(db, new Date(t0.getTime() + 62_000), 10, 30_000)).toEqual([]);
    expect(await resumeWaitingOutbox(db, { channel: 'slack' }, t0)).toBe(0);
    expect(await resumeWaitingOutbox(db, { channel: 'web', targetKey: 'web:ib' }, new Date(t0.getTime() + 62_000))).toBe(1);
    expect(await claimDueOutbox(db, new Date(t0.getTime() + 62_000), 10, 30_000)).toMatchObject([{ id: 'o1', attempts: 4, inDoubt: true }]);
    await markOutboxSent(db, 'o1', { channel: 'web', id: 'm1' }, t0);
    expect((await outboxCounts(db)).sent).toBe(1);
    expect(await db.query('SELECT in_doubt FROM outbox')).toEqual([{ in_doubt: false }]);
  });

  it('web inbox: a repeated delivery key returns the first message', async () => {
    const inbox = createWebInbox(db, () => `m-${Math.random()}`, () => t0);
    const a = await inbox.send({ channel: 'web', schoolId: 's', inbox: 'ib' }, message, 'dk1');
    const b = await inbox.send({ channel: 'web', schoolId: 's', inbox: 'ib' }, message, 'dk1');
    expect(b.id).toBe(a.id);
    expect(await inbox.findDelivered!({ channel: 'web', schoolId: 's', inbox: 'ib' }, 'dk1')).toEqual({ channel: 'web', id: a.id });
    expect((await readInbox(db, 's', 'ib')).messages).toHaveLength(1);
  });

  it('handoffs: the first acknowledgement wins', async () => {
    const handoff = {
      id: 'h1', schoolId: 's', to: 'ib' as const, urgency: 'hoog' as const, route: 'meldcode', dialogId: null, stepId: null,
      pupil: { initials: 'S.V.', group: '6' }, done: [], ask: 'x', asker: { userId: 'u1', conv: { channel: 'web' as const, id: 'c1' } }, createdAt: t0.toISOString(),
    };
    await insertHandoff(db, handoff, new Date(t0.getTime() + 60_000), t0);
    const first = await acknowledgeHandoff(db, 'h1', 'IB Anna', t0);
    const second = await acknowledgeHandoff(db, 'h1', 'Directeur', t0);
    expect(first?.ackedBy).toBe('IB Anna');
    expect(second).toBeNull();
    expect((await getHandoff(db, 'h1'))?.status).toBe('acknowledged');
  });
});
