import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fuzzRuns } from '../helpers/fuzz-runs.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * Property: whatever arrives at POST /api/chat, the answer is a clear JSON
 * 2xx/4xx within a second — never a 5xx, never a hang, never a crash.
 */
let app: TestApp;
const runs = fuzzRuns(150);
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

const nasty = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom('\u0000', '\uFEFF', '\u202E', '💥'.repeat(500), "'; DROP TABLE sessions; --", '<script>alert(1)</script>', '{{constructor}}', '__proto__', '../../etc/passwd', '%s%s%n'),
);
const value = fc.letrec((tie) => ({
  leaf: fc.oneof(nasty, fc.integer(), fc.double(), fc.boolean(), fc.constant(null)),
  node: fc.oneof({ depthSize: 'small' }, tie('leaf'), fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(nasty, tie('node'), { maxKeys: 4 })),
})).node;

const body = fc.oneof(
  value,
  fc.record(
    {
      conversationId: fc.oneof(nasty, fc.constant('fuzz-conv')),
      schoolId: fc.oneof(nasty, fc.constantFrom('proo-leiden', 'sbo-de-brug')),
      user: fc.oneof(value, fc.record({ id: fc.oneof(nasty, fc.constant('fuzz-user')), name: fc.option(nasty), role: fc.option(nasty) })),
      locale: fc.option(fc.oneof(nasty, fc.constantFrom('nl', 'en'))),
      text: fc.option(nasty),
      choiceId: fc.option(fc.oneof(nasty, fc.constantFrom('cmd/menu', 'route/meldcode', 'case/open/rouw', 'handoff/send', 'ack/x', 'meldcode-proo/intro/signalen', 'privacy/delete-confirm'))),
    },
    { requiredKeys: [] },
  ),
);

async function post(raw: string): Promise<number> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5_000);
  try {
    const response = await fetch(`${app.url}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: raw, signal: controller.signal });
    const parsed = (await response.json()) as { error?: { code: string; message: string }; replies?: unknown[] };
    if (response.status >= 400) expect(parsed.error?.code).toMatch(/^[A-Z_]+$/);
    else expect(Array.isArray(parsed.replies)).toBe(true);
    return response.status;
  } finally {
    clearTimeout(timer);
  }
}

describe('fuzz POST /api/chat', () => {
  it('structured garbage gets a clear 2xx/4xx, never 5xx', { timeout: 600_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(body, async (b) => {
        const status = await post(JSON.stringify(b));
        expect(status).toBeLessThan(500);
      }),
      { numRuns: runs },
    );
  });

  it('malformed JSON text gets 400', { timeout: 600_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1 }), async (raw) => {
        let valid = true;
        try {
          JSON.parse(raw);
        } catch {
          valid = false;
        }
        const status = await post(raw);
        expect(status).toBeLessThan(500);
        if (!valid) expect(status).toBe(400);
      }),
      { numRuns: runs },
    );
  });

  it('deeply nested and huge bodies are refused cleanly', async () => {
    const deep = `${'['.repeat(5_000)}${']'.repeat(5_000)}`;
    expect(await post(deep)).toBe(400);
    expect(await post(JSON.stringify({ text: 'x'.repeat(200_000) }))).toBe(413);
    const tooManyKeys = JSON.stringify(Object.fromEntries(Array.from({ length: 3_000 }, (_, i) => [`k${i}`, i])));
    expect(await post(tooManyKeys)).toBe(400);
  });
});
