import type { Config } from '../config.js';
import { readContentCache, writeContentCache } from '../content/content-cache.js';
import { defaultContentPaths, loadContent } from '../content/load-content.js';
import { formatProblem } from '../content/problem.js';
import type { Content } from '../content/types.js';
import { WatnuError } from '../errors.js';

/**
 * Loads content, refusing to start on any problem; with `cacheFile`, from the
 * cache when it is current (and into it when not). `cached`: the cache file
 * now holds this content.
 */
export function loadValidContent(config: Config, cacheFile?: string): { content: Content; from: 'cache' | 'files'; cached: boolean } {
  const cached = cacheFile ? readContentCache(cacheFile, config.root) : null;
  if (cached) return { content: cached, from: 'cache', cached: true };
  const loadStartedAt = Date.now();
  const { content, problems, roots } = loadContent(defaultContentPaths(config.root, config.schoolsDir));
  if (problems.length > 0) {
    const lines = problems.map(formatProblem);
    throw new WatnuError('CONTENT_INVALID', `WatNu will not start: ${problems.length} problem(s) in content:\n${lines.join('\n')}`, lines);
  }
  const written = cacheFile !== undefined && writeContentCache(cacheFile, config.root, roots, content, loadStartedAt);
  return { content, from: 'files', cached: written };
}
