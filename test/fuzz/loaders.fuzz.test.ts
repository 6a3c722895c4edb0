import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { fuzzRuns } from '../helpers/fuzz-runs.js';
import { loadContent } from '../../src/content/load-content.js';
import { projectRoot } from '../helpers/content.js';

/** Property: any dialog or school file, however broken, yields problems with file names — never a throw. */
const root = mkdtempSync(join(tmpdir(), 'watnu-fuzz-content-'));
cpSync(join(projectRoot, 'test', 'fixtures', 'content-mini'), root, { recursive: true });
const runs = fuzzRuns(150);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const paths = {
  root,
  dialogsDir: join(root, 'dialogs'),
  schoolsDir: join(root, 'schools'),
  localesDir: join(root, 'locales'),
  plansDir: join(projectRoot, 'plans'),
};

const yamlish = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.constantFrom('id: mini\nroute: meldcode\nstart: a\nsteps: { a: { type: end } }', 'steps: [1,2,3]', '&a [*a]', '- - - -', 'id: !!js/function "x"', ': : :', 'key: "unterminated'),
);

describe('fuzz content loaders', () => {
  it('a broken dialog file is reported, not thrown', () => {
    fc.assert(
      fc.property(yamlish, (text) => {
        writeFileSync(join(root, 'dialogs', 'mini.yaml'), text);
        const { problems } = loadContent(paths);
        expect(problems.length).toBeGreaterThan(0);
        for (const p of problems) expect(p.file).toMatch(/^[\w./-]+$/);
      }),
      { numRuns: runs },
    );
  });

  it('a broken school file is reported, not thrown', () => {
    fc.assert(
      fc.property(yamlish, (text) => {
        writeFileSync(join(root, 'schools', 'mini-school', 'school.yaml'), text);
        const { problems } = loadContent(paths);
        expect(problems.some((p) => p.file.startsWith('schools/') || p.file.startsWith('dialogs/'))).toBe(true);
      }),
      { numRuns: runs },
    );
  });

  it('a broken locale file is reported, not thrown', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.jsonValue().map((v) => JSON.stringify(v))), (text) => {
        writeFileSync(join(root, 'locales', 'en.json'), text);
        const { problems } = loadContent(paths);
        expect(problems.length).toBeGreaterThan(0);
      }),
      { numRuns: runs },
    );
  });
});
