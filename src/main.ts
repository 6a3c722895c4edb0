import { openDb } from './app/open-db.js';
import { contentCachePath } from './content/content-cache.js';
import { loadConfig } from './config.js';
import { isWatnuError } from './errors.js';
import { pino } from 'pino';
import { createRootLogger } from './log.js';

/** Composition root: config → store (opening) → content → engine → channels → server. */
async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    console.error(isWatnuError(error) ? error.message : error);
    process.exit(78);
  }
  // Log lines go out from libuv's thread pool, not as a write on the event loop per line (a turn's line
  // cost ~0.2 ms of loop time, more on a busy machine); pino flushes what is pending when the process exits.
  const log = createRootLogger(config.LOG_LEVEL, pino.destination({ dest: 1, sync: false }));
  try {
    // The database starts opening before the rest of the code loads: PGlite's WebAssembly compiles and its
    // data directory opens in a worker thread on the other core while this thread loads modules and content.
    const opening = openDb(config, log);
    opening.catch(() => undefined);
    const { createApp } = await import('./app/create-app.js');
    const app = await createApp(config, log, { contentCache: contentCachePath(config.root), opening });
    const rss = Math.round(process.memoryUsage().rss / 1024 / 1024);
    // performance.now() counts from process start, so module loading is in it; the app's own figure starts at createApp.
    const startupMs = Math.round(performance.now());
    log.info(
      { url: app.url, startupMs, appStartupMs: app.startedInMs, contentFrom: app.contentFrom, rssMb: rss, schools: app.content.schools.size, dialogs: app.content.dialogs.size },
      'WatNu is listening',
    );
    console.log(`WatNu is ready: ${app.url}  (started in ${startupMs} ms, RSS ${rss} MiB) — the app itself took ${app.startedInMs} ms, content from ${app.contentFrom === 'cache' ? 'the cache of a previous start' : 'its files'}`);
    const stop = async (signal: string) => {
      log.info({ signal }, 'shutting down');
      await app.close();
      process.exit(0);
    };
    process.once('SIGTERM', () => void stop('SIGTERM'));
    process.once('SIGINT', () => void stop('SIGINT'));
  } catch (error) {
    if (isWatnuError(error)) {
      console.error(`WatNu did not start (${error.code}):\n${error.message}`);
      process.exit(78);
    }
    console.error('WatNu did not start:', error);
    process.exit(1);
  }
}

void main();
