import { type AtomIndex, buildAtomIndex } from './atom-index.js';
import { buildVocabulary, type Vocabulary } from './fuzzy.js';
import { ordinaryWords } from './known-words.js';
import { lexicons } from './lexicon/index.js';
import { compilePattern, type Pattern, patternAtoms } from './pattern.js';
import type { RouteId } from './routes.js';
import type { Evidence } from './evidence.js';
import { type SignalId, signalPatterns } from './signals.js';

export interface CompiledCue {
  readonly pattern: Pattern;
  readonly weight: number;
}

export interface CompiledRoute {
  readonly route: RouteId;
  readonly cues: readonly CompiledCue[];
  readonly combine?: (e: Evidence) => number;
}

/** Everything compiled once, when the module loads: patterns, signals and the typo vocabulary. */
export interface CompiledTriage {
  readonly routes: readonly CompiledRoute[];
  readonly signals: ReadonlyMap<SignalId, readonly Pattern[]>;
  readonly vocabulary: Vocabulary;
  readonly atomIndex: AtomIndex;
}

function compile(): CompiledTriage {
  const routes = lexicons.map((lexicon) => ({
    route: lexicon.route,
    cues: lexicon.cues.map((cue) => ({ pattern: compilePattern(cue.pattern), weight: cue.weight })),
    ...(lexicon.combine ? { combine: lexicon.combine } : {}),
  }));
  const signals = new Map<SignalId, Pattern[]>();
  for (const [id, patterns] of Object.entries(signalPatterns) as Array<[SignalId, readonly string[]]>) {
    signals.set(id, patterns.map(compilePattern));
  }
  const allPatterns = [...routes.flatMap((r) => r.cues.map((c) => c.pattern)), ...[...signals.values()].flat()];
  const atoms = allPatterns.flatMap(patternAtoms);
  return { routes, signals, vocabulary: buildVocabulary(atoms, ordinaryWords), atomIndex: buildAtomIndex(atoms) };
}

export const compiled: CompiledTriage = compile();
