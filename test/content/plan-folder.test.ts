import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultContentPaths, loadContent } from '../../src/content/load-content.js';
import { createTranslator } from '../../src/i18n.js';
import { projectRoot } from '../helpers/content.js';
import { Transcript } from '../helpers/transcript.js';

/**
 * Issue 16 acceptance: a third plan is a folder. The project's content plus
 * test/fixtures/plan-folder (plans/de-vlinder with its text, template, one
 * dialog and its texts, and a school on it), loaded with no code change.
 */
const root = mkdtempSync(join(tmpdir(), 'watnu-plan-folder-'));
for (const dir of ['dialogs', 'locales', 'schools', 'plans', 'calamity', 'docs/sources']) cpSync(join(projectRoot, dir), join(root, dir), { recursive: true });
cpSync(join(projectRoot, 'test', 'fixtures', 'plan-folder'), root, { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

const loaded = loadContent(defaultContentPaths(root));
const { content } = loaded;

describe('a plan added as a folder', () => {
  it('is found, validated and cited like the seed plans', () => {
    expect(loaded.problems).toEqual([]);
    expect([...content.sources.keys()].sort()).toEqual(['de-vlinder', 'proo-leiden', 'sbo-de-brug']);
    expect(content.dialogs.get('pesten-vlinder')).toMatchObject({ school: 'de-vlinder', file: 'plans/de-vlinder/dialogs/pesten-vlinder.yaml' });
    expect(content.schools.get('obs-de-vlinder')).toMatchObject({ plan: 'de-vlinder', language: 'nl', calendar: { holidayRegion: 'north' } });
    // The seed schools are unchanged by the third plan.
    expect(content.schools.get('proo-leiden')!.plan).toBe('proo-leiden');
    expect(content.schools.get('sbo-de-brug')!.plan).toBe('sbo-de-brug');
  });

  it('walks its one protocol with the school’s own people, and says honestly what the plan lacks', () => {
    const t = new Transcript('obs-de-vlinder', { content, t: createTranslator(content.locales, content.defaultLanguage) });
    t.pressId('route/pesten');
    expect(t.text).toContain('Stap 1 — Praat vandaag nog met de gepeste leerling en met de pester.');
    t.press('gedaan');
    expect(t.text).toContain('Stap 2 — Meld het pesten bij Fenna de Boer');
    expect(t.replies.flatMap((r) => r.contacts ?? []).flatMap((c) => c.phones.map((p) => p.number))).toContain('030 555 0202');

    const absent = new Transcript('obs-de-vlinder', { content, t: createTranslator(content.locales, content.defaultLanguage) });
    absent.pressId('route/meldcode');
    expect(absent.text).toContain('Gijs Bakker');
  });

  it('a dialog of one plan cannot serve a school on another', () => {
    const mixed = mkdtempSync(join(tmpdir(), 'watnu-plan-mixed-'));
    try {
      cpSync(root, mixed, { recursive: true });
      const school = join(mixed, 'schools', 'proo-leiden', 'school.yaml');
      writeFileSync(school, readFileSync(school, 'utf8').replace('kindcheck: kindcheck-proo', 'kindcheck: pesten-vlinder'));
      const problems = loadContent(defaultContentPaths(mixed)).problems;
      expect(problems).toContainEqual(
        expect.objectContaining({ file: 'schools/proo-leiden/school.yaml', at: 'routes.kindcheck', message: expect.stringContaining('belongs to plan "de-vlinder"') }),
      );
    } finally {
      rmSync(mixed, { recursive: true, force: true });
    }
  });
});
