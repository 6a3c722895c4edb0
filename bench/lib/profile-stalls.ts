/**
 * Reads a .cpuprofile (node --cpu-prof) and prints (1) self time by package
 * and by function, (2) every busy stretch of the main thread longer than
 * PROFILE_STALL_MS (default 15) with the frames that took it. A busy stretch
 * is consecutive samples that are not "(idle)".
 *   tsx bench/lib/profile-stalls.ts file.cpuprofile
 */
import { readFileSync } from 'node:fs';

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount: number; children?: number[] }
const file = process.argv[2]!;
const prof = JSON.parse(readFileSync(file, 'utf8')) as { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number };
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const label = (n: Node) => {
  const url = n.callFrame.url.replace(/^.*node_modules\//, 'nm/').replace(/^file:\/\/\/work\/[^/]+\//, '');
  return `${n.callFrame.functionName || '(anon)'} ${url}:${n.callFrame.lineNumber}`;
};
const pkg = (n: Node) => {
  const url = n.callFrame.url.replace(/^.*node_modules\//, 'nm/').replace(/^file:\/\/\/work\/[^/]+\//, '');
  if (!url) return n.callFrame.functionName;
  return url.startsWith('nm/') ? url.replace(/^(nm\/(@[^/]+\/)?[^/]+).*$/, '$1') : url.replace(/^node:.*$/, 'node:*');
};
const stackOf = (id: number) => {
  const out: Node[] = [];
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) out.push(byId.get(cur)!);
  return out; // leaf first
};
const ownTime = (filterFrom: number, filterTo: number) => {
  const self = new Map<string, number>();
  const pk = new Map<string, number>();
  const app = new Map<string, number>();
  let t = 0;
  let total = 0;
  for (let i = 0; i < prof.samples.length; i++) {
    t += prof.timeDeltas[i]!;
    if (t < filterFrom || t > filterTo) continue;
    const dt = prof.timeDeltas[i + 1] ?? 0;
    const n = byId.get(prof.samples[i]!)!;
    if (n.callFrame.functionName === '(idle)') continue;
    total += dt;
    self.set(label(n), (self.get(label(n)) ?? 0) + dt);
    pk.set(pkg(n), (pk.get(pkg(n)) ?? 0) + dt);
    const first = stackOf(n.id).find((f) => /^file:\/\/\/work\/[^/]+\/dist\/src\//.test(f.callFrame.url));
    const a = first ? label(first) : '(no app frame)';
    app.set(a, (app.get(a) ?? 0) + dt);
  }
  return { self, pk, app, total };
};
const top = (m: Map<string, number>, total: number, n: number) =>
  [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${(v / 1000).toFixed(1).padStart(8)} ms ${((v / total) * 100).toFixed(1).padStart(5)}%  ${k}`).join('\n');

const all = ownTime(0, Number.POSITIVE_INFINITY);
console.log(`busy ${(all.total / 1000).toFixed(0)} ms\n--- by package`);
console.log(top(all.pk, all.total, 25));
console.log('--- by function (self)');
console.log(top(all.self, all.total, 30));
console.log('--- by innermost app frame');
console.log(top(all.app, all.total, 30));

const threshold = Number(process.env.PROFILE_STALL_MS ?? 15) * 1000;
const skipStartUs = Number(process.env.PROFILE_SKIP_S ?? 0) * 1e6;
let t = 0;
let runStart = -1;
const runs: Array<[number, number]> = [];
for (let i = 0; i < prof.samples.length; i++) {
  t += prof.timeDeltas[i]!;
  const idle = byId.get(prof.samples[i]!)!.callFrame.functionName === '(idle)';
  if (!idle && runStart < 0) runStart = t;
  if (idle && runStart >= 0) {
    if (t - runStart > threshold && runStart > skipStartUs) runs.push([runStart, t]);
    runStart = -1;
  }
}
console.log(`\n--- ${runs.length} busy stretches > ${threshold / 1000} ms`);
for (const [from, to] of runs.slice(0, Number(process.env.PROFILE_STALLS ?? 12))) {
  const r = ownTime(from, to);
  console.log(`@${(from / 1e6).toFixed(2)} s: ${((to - from) / 1000).toFixed(1)} ms`);
  console.log(top(r.app, r.total, 6).replace(/^/gm, '    app '));
  console.log(top(r.self, r.total, 5).replace(/^/gm, '    self '));
}
