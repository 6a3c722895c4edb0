import { type AtomIndex, buildAtomIndex } from './atom-index.js';
import type { Evidence } from './evidence.js';
import { buildVocabulary, type Vocabulary } from './fuzzy.js';
import type { Cue } from './lexicon/lexicon-schema.js';
import type { LexiconData } from './lexicon/load-lexicon.js';
import { type Pattern, patternAtoms } from './pattern.js';
import { buildPatternIndex, type PatternIndex } from './pattern-index.js';
import type { RouteId } from './routes.js';
import { combinations } from './rules/index.js';
import { shippedLexicon } from './shipped-lexicon.js';
import type { SignalId } from './signals.js';

export interface CompiledRoute {
  readonly route: RouteId;
  readonly cues: readonly Cue[];
  readonly combine?: (e: Evidence) => number;
}

/** Everything built once per process from the lexicon: routes with their rules, signals and the typo vocabulary. */
export interface CompiledTriage {
  readonly routes: readonly CompiledRoute[];
  readonly signals: ReadonlyMap<SignalId, readonly Pattern[]>;
  readonly vocabulary: Vocabulary;
  readonly atomIndex: AtomIndex;
  readonly patternIndex: PatternIndex;
}

export function compileTriage(lexicon: LexiconData): CompiledTriage {
  const routes = [...lexicon.routes].map(([route, cues]) => {
    const combine = combinations[route];
    return { route, cues, ...(combine ? { combine } : {}) };
  });
  const allPatterns = [...routes.flatMap((r) => r.cues.map((c) => c.pattern)), ...[...lexicon.signals.values()].flat()];
  const atoms = allPatterns.flatMap(patternAtoms);
  return {
    routes,
    signals: lexicon.signals,
    vocabulary: buildVocabulary(atoms, lexicon.knownWords),
    atomIndex: buildAtomIndex(atoms),
    patternIndex: buildPatternIndex(allPatterns),
  };
}

let compiled: CompiledTriage | undefined;

/** The shipped lexicon, compiled once per process. */
export function compiledTriage(): CompiledTriage {
  compiled ??= compileTriage(shippedLexicon());
  return compiled;
}
