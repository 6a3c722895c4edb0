import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findProjectRoot } from '../../config.js';
import { readLexicon } from '../shipped-lexicon.js';
import { LexiconError } from './lexicon-error.js';
import { loadLexicon } from './load-lexicon.js';

const roots: string[] = [];

/** A project root holding a copy of the shipped lexicon, with `files` written over it. */
function rootWith(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'watnu-lexicon-'));
  roots.push(root);
  mkdirSync(join(root, 'triage'));
  cpSync(join(findProjectRoot(), 'triage', 'lexicon'), join(root, 'triage', 'lexicon'), { recursive: true });
  cpSync(join(findProjectRoot(), 'triage', 'known-words.txt'), join(root, 'triage', 'known-words.txt'));
  for (const [file, text] of Object.entries(files)) writeFileSync(join(root, file), text);
  return root;
}

function errorOf(root: string): LexiconError {
  try {
    readLexicon(root);
  } catch (error) {
    if (error instanceof LexiconError) return error;
    throw error;
  }
  throw new Error('the lexicon loaded');
}

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

const klacht = (cue: string): Record<string, string> => ({ 'triage/lexicon/klacht.yaml': `# A complaint.\ncues:\n${cue}` });

describe('the triage lexicon files', () => {
  it('load: every route, every signal, the word sets and the known words', () => {
    const { lexicon, problems } = loadLexicon(findProjectRoot());
    expect(problems).toEqual([]);
    expect(lexicon?.routes.get('pesten')?.length).toBeGreaterThan(10);
    expect(lexicon?.signals.get('harm')?.length).toBeGreaterThan(5);
    expect(lexicon?.words.negation.negators.has('niet')).toBe(true);
    expect(lexicon?.knownWords.has('naaste')).toBe(true);
  });

  it('name the file and line of a YAML syntax error', () => {
    const error = errorOf(rootWith(klacht('  - weight: 5\n    patterns: [klacht*\n')));
    expect(error.code).toBe('TRIAGE_LEXICON_INVALID');
    expect(error.problems).toMatchObject([{ code: 'yaml-syntax', file: 'triage/lexicon/klacht.yaml' }]);
    expect(error.message).toMatch(/triage\/lexicon\/klacht\.yaml \[line \d+\] yaml-syntax/);
  });

  it('name a file for a route that does not exist', () => {
    const error = errorOf(rootWith({ 'triage/lexicon/klachten.yaml': 'cues:\n  - weight: 5\n    patterns: [klacht*]\n' }));
    expect(error.problems).toMatchObject([{ code: 'unknown-route', file: 'triage/lexicon/klachten.yaml' }]);
    expect(error.message).toMatch(/triage\/lexicon\/klachten\.yaml \[file\] unknown-route: "klachten" is not a triage route/);
  });

  it('name a route whose file is missing', () => {
    const root = rootWith({});
    rmSync(join(root, 'triage', 'lexicon', 'dossier.yaml'));
    expect(errorOf(root).message).toMatch(/triage\/lexicon\/dossier\.yaml \[file\] schema: cannot read: ENOENT/);
  });

  it.each([
    ['a weight above 5', '  - weight: 6\n    patterns: [klacht*]\n', /cues\.0\.weight \(line 3\)\] schema: .*5/],
    ['a weight of 0', '  - weight: 0\n    patterns: [klacht*]\n', /cues\.0\.weight \(line 3\)\] schema/],
    ['a weight that is no number', "  - weight: 'veel'\n    patterns: [klacht*]\n", /cues\.0\.weight \(line 3\)\] schema/],
  ])('name the entry with %s', (_, cue, message) => {
    expect(errorOf(rootWith(klacht(cue))).message).toMatch(new RegExp(`triage/lexicon/klacht\\.yaml \\[${message.source}`));
  });

  it.each([
    ['a character outside a-z', "      - 'klacht*|kl€cht'\n", /bad pattern: bad word "kl€cht"/],
    ['an empty part', "      - 'klacht & '\n", /bad pattern: empty part/],
    ['an empty pattern', "      - ''\n", /bad pattern: empty part/],
  ])('name the pattern with %s', (_, pattern, message) => {
    const error = errorOf(rootWith(klacht(`  - weight: 5\n    patterns:\n      - klacht*\n${pattern}`)));
    expect(error.message).toContain('triage/lexicon/klacht.yaml [cues.0.patterns.1 (line 6)] schema: ');
    expect(error.message).toMatch(message);
  });

  it('name an unknown key, a missing signal and an empty pattern list', () => {
    const root = rootWith({
      ...klacht('  - weight: 5\n    pattern: [klacht*]\n'),
      'triage/lexicon/_signals.yaml': 'pupil: [leerling*]\n',
      'triage/lexicon/_word-sets.yaml': 'negation: {negators: []}\n',
    });
    const problems = errorOf(root).problems.map((p) => `${p.file} [${p.at}]`);
    expect(problems).toContain('triage/lexicon/klacht.yaml [cues.0.pattern (line 4)]');
    expect(problems).toContain('triage/lexicon/_signals.yaml [family]');
    expect(problems).toContain('triage/lexicon/_word-sets.yaml [negation.negators (line 1)]');
  });

  it('name the line of a known word that is not a word', () => {
    const root = rootWith({ 'triage/known-words.txt': '# header\naardig aardige\nstaat Slaat\n' });
    expect(errorOf(root).message).toMatch(/triage\/known-words\.txt \[line 3\] schema: "Slaat" is not a word/);
  });
});
