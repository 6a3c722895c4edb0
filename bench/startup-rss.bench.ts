/** Start-up time with all content loaded and validated, and resident memory after 10,000 turns. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runLoad } from './lib/load.js';
import { chatBody } from './lib/payloads.js';
import { rssMb, startProcess, stopProcess } from './lib/processes.js';

export async function runStartupAndRss(log: (line: string) => void = console.log) {
  const ready = /WatNu is ready: http:\/\/127\.0\.0\.1:(\d+)\s+\(started in (\d+) ms, RSS (\d+) MiB\)/;
  const starts: Array<{ wallMs: number; appMs: number; rssMb: number }> = [];
  let afterTurns = { turns: 0, rssMb: 0 };
  for (let i = 0; i < 3; i++) {
    const dataDir = mkdtempSync(join(tmpdir(), 'watnu-start-'));
    const started = await startProcess(
      'src/main.ts',
      [],
      { PORT: String(44_600 + i), HOST: '127.0.0.1', DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '100000' },
      ready,
    );
    const match = started.line.match(ready)!;
    starts.push({ wallMs: started.readyMs, appMs: Number(match[2]), rssMb: Number(match[3]) });
    if (i === 2) {
      let turns = 0;
      while (turns < 10_000) {
        const result = await runLoad({ url: `${started.url}/api/chat`, concurrency: 20, durationMs: 3_000, warmupMs: 0, body: (u, n) => chatBody(u, n, `rss-${turns}`) });
        turns += result.count;
      }
      afterTurns = { turns, rssMb: rssMb(started.child.pid!) };
    }
    await stopProcess(started.child);
    rmSync(dataDir, { recursive: true, force: true });
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const result = {
    startup_wall_ms_median: median(starts.map((s) => s.wallMs)),
    startup_app_ms_median: median(starts.map((s) => s.appMs)),
    rss_mb_at_start: median(starts.map((s) => s.rssMb)),
    rss_mb_after_turns: afterTurns.rssMb,
    turns_for_rss: afterTurns.turns,
    starts,
  };
  log(`start-up: ${result.startup_wall_ms_median} ms to "ready" (process start incl. TypeScript load; app ${result.startup_app_ms_median} ms; content validated now or, unchanged, at the build or a previous start), RSS ${result.rss_mb_at_start} MiB; after ${afterTurns.turns} turns RSS ${afterTurns.rssMb} MiB`);
  return result;
}
