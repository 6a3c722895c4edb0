import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanTurnInput } from '../../src/app/clean-turn-input.js';
import type { TurnInput } from '../../src/engine/types.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * U+0000 and other control characters: PostgreSQL refuses U+0000 in text and
 * jsonb, which once made a name of "\u0000" a 500 (found by the chat API fuzz
 * test). A message is cleaned, never refused; a name or role on the web API
 * gets a 400 naming the field; an id with one is refused on every channel.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

async function chat(body: Record<string, unknown>) {
  const response = await fetch(`${app.url}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as { error?: { code: string; message: string }; replies?: Array<{ text: string }> } };
}

describe('control characters', () => {
  it('a NUL in the name or role on the web API: 400 naming the field, not a 500', async () => {
    for (const [user, field] of [
      [{ id: 'u1', name: '\u0000' }, 'user.name'],
      [{ id: 'u1', role: 'ib\u0000' }, 'user.role'],
    ] as const) {
      const answer = await chat({ conversationId: 'ctl-1', schoolId: 'proo-leiden', user, choiceId: 'cmd/menu' });
      expect(answer.status).toBe(400);
      expect(answer.body.error).toMatchObject({ code: 'REQUEST_INVALID' });
      expect(answer.body.error?.message).toBe(`${field}: must not contain control characters`);
    }
  });

  it('an acute message with a stray NUL is still answered with the acute route', async () => {
    const answer = await chat({ conversationId: 'ctl-2', schoolId: 'proo-leiden', user: { id: 'u2' }, text: 'er staat nu een man met een mes\u0000 in de klas' });
    expect(answer.status).toBe(200);
    expect(answer.body.replies?.map((r) => r.text).join('\n')).toContain('112');
  });

  it('every channel: names, roles and text are cleaned; ids with a control character are refused', () => {
    const input: TurnInput = { conv: { channel: 'teams', id: 'c1' }, user: { id: 'u1', name: 'Ann\u0000a', role: 'i\u0007b' }, schoolId: 'proo-leiden', event: { kind: 'text', text: 'hoi\u0000\tdaar\n' } };
    expect(cleanTurnInput(input)).toEqual({ ...input, user: { id: 'u1', name: 'Anna', role: 'ib' }, event: { kind: 'text', text: 'hoi\tdaar\n' } });
    const clean: TurnInput = { ...input, user: { id: 'u1' }, event: { kind: 'choice', choiceId: 'cmd/menu' } };
    expect(cleanTurnInput(clean)).toBe(clean);
    expect(() => cleanTurnInput({ ...clean, conv: { channel: 'slack', id: 'C\u00001' } })).toThrow('conversation id contains a control character');
    expect(() => cleanTurnInput({ ...clean, event: { kind: 'choice', choiceId: 'cmd/\u0000' } })).toThrow('choice id contains a control character');
  });
});
