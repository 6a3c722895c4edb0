import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/store/db.js';
import { loggedLines } from '../helpers/log-lines.js';
import { openTestDb, startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * Two instances on one database, a conversation's consecutive turns reaching
 * either: each turn continues from the step the other instance reached (its
 * stale cached session loses the version check and is replaced by the stored
 * one the failed save read), and this expected move is not a warning.
 */
let db: Db;
let a: TestApp;
let b: TestApp;
beforeAll(async () => {
  db = await openTestDb();
  a = await startTestApp({ db });
  b = await startTestApp({ db });
});
afterAll(async () => {
  await a?.close();
  await b?.close();
  await db?.close();
});

describe('a conversation that moves between instances', () => {
  it('stays consistent turn by turn, and the move is logged below warn', async () => {
    const before = loggedLines().length;
    const turn = (app: TestApp, body: Record<string, string>) =>
      app.chat({ conversationId: 'moving', schoolId: 'proo-leiden', user: { id: 'juf-moving' }, ...body });
    const texts = async (app: TestApp, body: Record<string, string>) => {
      const result = await turn(app, body);
      expect(result.status).toBe(200);
      return (result.body.replies as Array<{ text: string }>).map((r) => r.text).join('\n');
    };
    await texts(a, { text: 'overdracht' });
    await texts(b, { choiceId: 'handoff/urgency/hoog' });
    expect(await texts(a, { text: 'G.H.' })).toMatch(/groep/i);
    await texts(b, { text: '4' });
    expect(await texts(a, { choiceId: 'handoff/send' })).toContain('Doorgegeven');
    expect(await db.query(`SELECT 1 FROM handoffs WHERE data->'pupil'->>'initials' = 'G.H.'`)).toHaveLength(1);
    const warnings = loggedLines().slice(before).filter((l) => (l.level as number) >= 40 && String(l.msg).includes('session changed'));
    expect(warnings).toEqual([]);
  });
});

describe('oefenmodus on a conversation that moves between instances', () => {
  const turn = async (app: TestApp, conversationId: string, body: Record<string, string>) => {
    const result = await app.chat({ conversationId, schoolId: 'proo-leiden', user: { id: `juf-${conversationId}` }, ...body });
    expect(result.status).toBe(200);
    return (result.body.replies as Array<{ text: string }>).map((r) => r.text).join('\n');
  };

  it('switched on at one instance: the other, whose cache still says "real", rehearses from the next turn', async () => {
    await turn(b, 'oefen-moves-1', { text: 'wat nu' }); // b caches the real session
    expect(await turn(a, 'oefen-moves-1', { text: 'oefen' })).toMatch(/oefen/i);
    expect(await turn(b, 'oefen-moves-1', { text: 'wat nu' })).toMatch(/^\[Oefening\]/);
  });

  it('switched off at one instance: the other, whose cache still says "practice", hands off for real', async () => {
    const id = 'oefen-moves-2';
    await turn(a, id, { text: 'oefen' });
    expect(await turn(b, id, { text: 'wat nu' })).toMatch(/^\[Oefening\]/); // b caches practice
    await turn(a, id, { text: 'stop oefenen' });
    const steps: Array<Record<string, string>> = [{ text: 'overdracht' }, { choiceId: 'handoff/urgency/hoog' }, { text: 'P.Q.' }, { text: '4' }, { choiceId: 'handoff/send' }];
    for (const step of steps) {
      expect(await turn(b, id, step)).not.toMatch(/^\[Oefening\]/);
    }
    expect(await db.query(`SELECT 1 FROM handoffs WHERE data->'pupil'->>'initials' = 'P.Q.'`)).toHaveLength(1);
  });
});

