/**
 * Build step: loads and validates the content, the triage lexicon and the
 * triage model once and keeps them for the server's start (see
 * content/data-cache.ts). Invalid content, lexicon or model is not cached and
 * does not fail the build: the server's start and `npm run check` report it.
 */
import { loadValidContent } from '../app/valid-content.js';
import { contentCachePath } from '../content/content-cache.js';
import { loadConfig } from '../config.js';
import { isWatnuError } from '../errors.js';
import { lexiconCachePath } from '../triage/lexicon/lexicon-cache.js';
import { modelCachePath } from '../triage/model/model-cache.js';
import { shippedLexicon } from '../triage/shipped-lexicon.js';
import { shippedModel } from '../triage/shipped-model.js';

const config = loadConfig();
const file = contentCachePath(config.root);
try {
  const started = performance.now();
  const { from, cached } = loadValidContent(config, file);
  console.log(
    from === 'cache'
      ? `Content cache is current: ${file}`
      : cached
        ? `Content validated and cached in ${Math.round(performance.now() - started)} ms: ${file}`
        : `Content validated; the cache could not be written (${file}): the server will load from the files`,
  );
} catch (error) {
  console.log(`Content not cached: ${isWatnuError(error) ? error.code : error} (npm run check names the problems)`);
}
/** Reads one part of triage once (into its cache, when it was not current) and says how long that took. */
function warm(what: string, load: () => unknown, cache: string): void {
  try {
    const started = performance.now();
    load();
    console.log(`Triage ${what} ready in ${Math.round(performance.now() - started)} ms: ${cache}`);
  } catch (error) {
    console.log(`Triage ${what} not cached: ${error instanceof Error ? error.message.split('\n')[0] : error} (npm run check names the problems)`);
  }
}
warm('lexicon', shippedLexicon, lexiconCachePath(config.root));
warm('model', () => shippedModel(config.root), modelCachePath(config.root));
