import { afterEach, describe, expect, it } from 'vitest';
import { ContactOverrides, contactAudit } from '../../src/beheer/contact-overrides.js';
import { createSession, deleteSession, findSession, saveLogin, takeLogin } from '../../src/channels/web/auth/web-sessions.js';
import { loadContent, defaultContentPaths } from '../../src/content/load-content.js';
import { isWatnuError } from '../../src/errors.js';
import type { Db } from '../../src/store/db.js';
import { migrate } from '../../src/store/migrations.js';
import { projectRoot } from '../helpers/content.js';
import { openTestDb, postgresAvailable, type Storage } from '../helpers/test-app.js';

// TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test adds the PostgreSQL run.
const storages: Storage[] = postgresAvailable ? ['pglite', 'postgres'] : ['pglite'];
const now = new Date('2026-03-02T09:00:00Z');
let db: Db | undefined;
afterEach(async () => {
  await db?.close();
  db = undefined;
});

describe.each(storages)('web sign-in storage on %s', (storage) => {
  it('a pending login is taken once; a session is found by its cookie until deleted or expired', async () => {
    db = await openTestDb(storage);
    await migrate(db);
    await saveLogin(db, { state: 'state-1', codeVerifier: 'v', nonce: 'n', schoolId: 'proo-leiden' }, now);
    expect(await takeLogin(db, 'state-1', now)).toEqual({ codeVerifier: 'v', nonce: 'n', schoolId: 'proo-leiden' });
    expect(await takeLogin(db, 'state-1', now)).toBeNull();
    const token = await createSession(db, { schoolId: 'proo-leiden', subject: 's', email: 'a@b.nl', name: null }, now);
    const found = await findSession(db, token, now);
    expect(found?.email).toBe('a@b.nl');
    expect(found?.csrfToken.length).toBeGreaterThan(30);
    expect(await findSession(db, token, new Date(now.getTime() + 13 * 3600_000))).toBeNull();
    const rows = await db.query<{ token_hash: string }>('SELECT token_hash FROM web_sessions');
    expect(rows[0]?.token_hash).not.toBe(token);
    await deleteSession(db, token);
    expect(await findSession(db, token, now)).toBeNull();
  });

  it('contact overrides: validated like contacts.yaml, audited old -> new, seen by a second instance after refresh', async () => {
    db = await openTestDb(storage);
    await migrate(db);
    const a = loadContent(defaultContentPaths(projectRoot)).content;
    const b = loadContent(defaultContentPaths(projectRoot)).content;
    const edit = (number: string) => ({ name: 'Helen Berendsen', phones: [{ number }] });
    const error = await new ContactOverrides(db, a).save('proo-leiden', 'helen-berendsen', edit('12345'), 'dir@school.nl', now).catch((e: unknown) => e);
    expect(isWatnuError(error, 'REQUEST_INVALID') && error.message).toContain('not a valid Dutch phone number');
    await new ContactOverrides(db, a).save('proo-leiden', 'helen-berendsen', edit('071 512 3456'), 'dir@school.nl', now);
    expect(a.schools.get('proo-leiden')!.contacts.get('helen-berendsen')!.phones[0]!.number).toBe('071 512 3456');
    const second = new ContactOverrides(db, b);
    expect(b.schools.get('proo-leiden')!.contacts.get('helen-berendsen')!.phones[0]!.number).toBe('071 572 4242');
    expect(await second.refresh()).toBe(1);
    expect(b.schools.get('proo-leiden')!.contacts.get('helen-berendsen')!.phones[0]!.number).toBe('071 512 3456');
    await new ContactOverrides(db, a).save('proo-leiden', 'helen-berendsen', edit('071 512 3457'), 'ib@school.nl', now);
    expect(await second.refresh()).toBe(1);
    expect(await contactAudit(db, 'proo-leiden')).toMatchObject([
      { actor: 'ib@school.nl', contactId: 'helen-berendsen', field: 'phones[0].number', old: '071 512 3456', new: '071 512 3457' },
      { actor: 'dir@school.nl', field: 'phones[0].number', old: '071 572 4242', new: '071 512 3456' },
    ]);
  });
});
