/**
 * Preloaded into a server (NODE_OPTIONS="--import ./bench/lib/loop-probe.mjs")
 * by bench/paced-probe.ts: event-loop delay histogram, GC pauses and loop
 * stalls (a 1 ms timer that fires late). SIGUSR2 resets the counters (start of
 * the measured window); at exit they go to LOOP_PROBE_OUT as JSON.
 */
import diagnostics from 'node:diagnostics_channel';
import { writeFileSync } from 'node:fs';
import { monitorEventLoopDelay, PerformanceObserver, performance } from 'node:perf_hooks';

import { createRequire } from 'node:module';
import v8 from 'node:v8';

const out = process.env.LOOP_PROBE_OUT;
/** With LOOP_PROBE_SQL=1: statements sent through pg, counted by their first words. */
let sql = new Map();
/** Round trip of each statement and wait for a pooled connection (ms). */
let queryMs = [];
let poolWaitMs = [];
if (process.env.LOOP_PROBE_SQL === '1') {
  const pg = createRequire(`${process.cwd()}/package.json`)('pg');
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function (text, ...rest) {
    const k = String(typeof text === 'string' ? text : text?.text).replace(/\s+/g, ' ').slice(0, 70);
    sql.set(k, (sql.get(k) ?? 0) + 1);
    const t0 = performance.now();
    const cb = rest.at(-1);
    if (typeof cb === 'function') {
      rest[rest.length - 1] = (...a) => {
        queryMs.push(performance.now() - t0);
        return cb(...a);
      };
      return query.call(this, text, ...rest);
    }
    const r = query.call(this, text, ...rest);
    if (r && typeof r.then === 'function') r.then(() => queryMs.push(performance.now() - t0), () => undefined);
    return r;
  };
  const connect = pg.Pool.prototype.connect;
  pg.Pool.prototype.connect = function (cb) {
    const t0 = performance.now();
    if (typeof cb === 'function') return connect.call(this, (...a) => { poolWaitMs.push(performance.now() - t0); return cb(...a); });
    const r = connect.call(this);
    r.then(() => poolWaitMs.push(performance.now() - t0), () => undefined);
    return r;
  };
}
/** Turns as the server saw them (request in → response finished) and outgoing HTTP calls (connector), in ms. */
let serverMs = [];
let clientMs = [];
const started = new WeakMap();
diagnostics.subscribe('http.server.request.start', ({ request }) => started.set(request, performance.now()));
diagnostics.subscribe('http.server.response.finish', ({ request }) => {
  const t0 = started.get(request);
  if (t0 !== undefined) serverMs.push(performance.now() - t0);
});
diagnostics.subscribe('http.client.request.start', ({ request }) => started.set(request, performance.now()));
diagnostics.subscribe('http.client.response.finish', ({ request }) => {
  const t0 = started.get(request);
  if (t0 !== undefined) clientMs.push(performance.now() - t0);
});
diagnostics.subscribe('undici:request:create', ({ request }) => started.set(request, performance.now()));
diagnostics.subscribe('undici:request:trailers', ({ request }) => {
  const t0 = started.get(request);
  if (t0 !== undefined) clientMs.push(performance.now() - t0);
});
const pct = (xs, p) => {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] * 100) / 100;
};
const histogram = monitorEventLoopDelay({ resolution: 1 });
histogram.enable();
let gcs = [];
let stalls = [];
let windowStart = performance.now();
const observer = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gcs.push({ at: Math.round(e.startTime - windowStart), ms: Math.round(e.duration * 100) / 100, kind: e.detail?.kind ?? e.kind });
});
observer.observe({ entryTypes: ['gc'] });
let last = performance.now();
const tick = setInterval(() => {
  const now = performance.now();
  const late = now - last - 5;
  if (late > 10) stalls.push({ at: Math.round(now - windowStart - late), ms: Math.round(late) });
  last = now;
}, 5);
tick.unref();
process.on('SIGUSR2', () => {
  histogram.reset();
  gcs = [];
  stalls = [];
  sql = new Map();
  queryMs = [];
  poolWaitMs = [];
  serverMs = [];
  clientMs = [];
  windowStart = performance.now();
});
/** Memory when the stop was asked for (the end of the load), before shutdown frees anything: the process's parts and V8's heap spaces. */
const mb = (n) => Math.round(n / 1048576);
const memoryMb = () => Object.fromEntries(Object.entries(process.memoryUsage()).map(([k, v]) => [k, mb(v)]));
let atStop = null;
process.prependListener('SIGTERM', () => {
  atStop = {
    ...memoryMb(),
    heap_spaces: Object.fromEntries(v8.getHeapSpaceStatistics().map((s) => [s.space_name, { size: mb(s.space_size), used: mb(s.space_used_size) }])),
  };
});
process.on('exit', () => {
  if (!out) return;
  const ms = (ns) => Math.round(ns / 1e4) / 100;
  const gcTotal = gcs.reduce((s, g) => s + g.ms, 0);
  writeFileSync(
    out,
    JSON.stringify({
      window_ms: Math.round(performance.now() - windowStart),
      memory_mb_at_stop: atStop,
      memory_mb: memoryMb(),
      eld_ms: { p50: ms(histogram.percentile(50)), p90: ms(histogram.percentile(90)), p99: ms(histogram.percentile(99)), p999: ms(histogram.percentile(99.9)), max: ms(histogram.max) },
      gc: { count: gcs.length, total_ms: Math.round(gcTotal), over5ms: gcs.filter((g) => g.ms > 5).length, max_ms: Math.max(0, ...gcs.map((g) => g.ms)), byKind: Object.groupBy ? undefined : undefined, longest: [...gcs].sort((a, b) => b.ms - a.ms).slice(0, 8) },
      server_turn_ms: { n: serverMs.length, p50: pct(serverMs, 50), p99: pct(serverMs, 99), max: pct(serverMs, 100) },
      outgoing_http_ms: { n: clientMs.length, p50: pct(clientMs, 50), p99: pct(clientMs, 99), max: pct(clientMs, 100), total: Math.round(clientMs.reduce((a, b) => a + b, 0)) },
      query_ms: { n: queryMs.length, p50: pct(queryMs, 50), p99: pct(queryMs, 99), max: pct(queryMs, 100), total: Math.round(queryMs.reduce((a, b) => a + b, 0)) },
      pool_wait_ms: { n: poolWaitMs.length, p50: pct(poolWaitMs, 50), p99: pct(poolWaitMs, 99), max: pct(poolWaitMs, 100), over5: poolWaitMs.filter((x) => x > 5).length },
      sql: Object.fromEntries([...sql].sort((a, b) => b[1] - a[1]).slice(0, 40)),
      stalls: { count: stalls.length, total_ms: stalls.reduce((s, x) => s + x.ms, 0), longest: [...stalls].sort((a, b) => b.ms - a.ms).slice(0, 15) },
    }, null, 1),
  );
});
