import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ContentPaths, loadContent } from '../../src/content/load-content.js';
import type { ContentProblem } from '../../src/content/problem.js';
import { projectRoot } from './content.js';

const fixture = join(projectRoot, 'test', 'fixtures', 'content-mini');
const dirs: string[] = [];

/** Copies the mini content tree, applies the edits, and loads it (the real plans as sources). Call removeMiniCopies() after each test. */
export function loadMiniWith(...edits: Array<(root: string) => void>): readonly ContentProblem[] {
  const root = mkdtempSync(join(tmpdir(), 'watnu-lint-'));
  dirs.push(root);
  cpSync(fixture, root, { recursive: true });
  for (const edit of edits) edit(root);
  const paths: ContentPaths = {
    root,
    dialogsDir: join(root, 'dialogs'),
    schoolsDir: join(root, 'schools'),
    localesDir: join(root, 'locales'),
    plansDir: join(projectRoot, 'plans'),
  };
  return loadContent(paths).problems;
}

export function removeMiniCopies(): void {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function replaceIn(root: string, file: string, from: string, to: string): void {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`fixture ${file} lacks "${from}"`);
  writeFileSync(path, text.replace(from, to));
}
