import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findProjectRoot } from '../config.js';
import { shippedLexicon } from './shipped-lexicon.js';
import { routeIds, safetyRoutes, unclearRoute } from './routes.js';

interface RoutesFile {
  routes: Array<{ id: string; safety: boolean }>;
}

describe('route ids', () => {
  const file = parse(readFileSync(join(findProjectRoot(), 'dialogs', '_routes.yaml'), 'utf8')) as RoutesFile;

  it('match dialogs/_routes.yaml, safety flags included', () => {
    const declared = file.routes.filter((r) => r.id !== unclearRoute);
    expect([...routeIds].sort()).toEqual(declared.map((r) => r.id).sort());
    expect([...safetyRoutes].sort()).toEqual(declared.filter((r) => r.safety).map((r) => r.id).sort());
  });

  it('each have exactly one lexicon', () => {
    expect([...shippedLexicon().routes.keys()]).toEqual([...routeIds]);
  });
});
