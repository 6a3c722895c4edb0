import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findProjectRoot } from '../../config.js';
import { isSafetyRoute } from '../routes.js';
import { CorpusFileError, readCorpusFile } from './corpus-file.js';
import { readCorpusDir } from './training-lines.js';
import { jsonlFiles, triagePaths } from './triage-paths.js';

const paths = triagePaths(findProjectRoot());
const normal = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ').trim();

describe('triage corpus files', () => {
  const training = readCorpusDir(paths.corpusDir);
  const heldout = readCorpusDir(paths.heldoutDir);

  it('hold at least 2,000 training lines written independently of the rules (w*.jsonl)', () => {
    const independent = jsonlFiles(paths.corpusDir)
      .filter((file) => basename(file).startsWith('w'))
      .flatMap((file) => readCorpusFile(file));
    expect(independent.length).toBeGreaterThanOrEqual(2000);
  });

  it('keep a held-out file the model never sees: 300+ lines, 100+ safety, 10%+ English, every facet class', () => {
    expect(heldout.length).toBeGreaterThanOrEqual(300);
    expect(heldout.filter((l) => l.safety).length).toBeGreaterThanOrEqual(100);
    expect(heldout.filter((l) => l.lang === 'en').length / heldout.length).toBeGreaterThanOrEqual(0.1);
    const seen = (facet: string) => new Set(heldout.map((l) => l.facets?.[facet]));
    for (const actor of ['household', 'staff', 'pupil', 'outsider']) expect(seen('actor')).toContain(actor);
    for (const source of ['told-by-pupil', 'observed', 'third-party']) expect(seen('source')).toContain(source);
    for (const time of ['now', 'ongoing', 'past']) expect(seen('time')).toContain(time);
    for (const victim of ['pupil', 'staff']) expect(seen('victim')).toContain(victim);
    expect(seen('harm').size).toBeGreaterThanOrEqual(15);
  });

  it('share no message between training and held-out (greetings of a word or two aside)', () => {
    const trained = new Set(training.map((l) => normal(l.text)));
    const shared = heldout.filter((l) => trained.has(normal(l.text)) && normal(l.text).split(' ').length > 2);
    expect(shared.map((l) => l.text)).toEqual([]);
  });

  it('mark a line as safety when its preferred route is a safety route', () => {
    for (const line of [...training, ...heldout]) if (isSafetyRoute(line.expect[0]!)) expect(line.safety, line.text).toBe(true);
  });

  it('name file and line of a bad corpus line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
    const file = join(dir, 'bad.jsonl');
    writeFileSync(file, '{"text":"ok","expect":["pesten"],"safety":false}\n{"text":"x","expect":["nope"],"safety":false}\n');
    expect(() => readCorpusFile(file)).toThrow(CorpusFileError);
    expect(() => readCorpusFile(file)).toThrow(/bad\.jsonl:2: expect\.0/);
  });
});
