import { readdirSync, readFileSync } from 'node:fs';
import { closedLoop } from './lib/conversation-load.js';
import { startCapturingConnector } from './lib/fake-connector.js';
import { cpuMs } from './lib/processes.js';
import { startPeer, startWatnuPostgres, startWatnuPglite } from './lib/targets.js';
const url = 'postgres://postgres@127.0.0.1:5432/test';
function pgCpu(): number {
  let t = 0;
  for (const p of readdirSync('/proc')) { if (!/^\d+$/.test(p)) continue; try { const s = readFileSync(`/proc/${p}/stat`, 'utf8'); if (!s.includes('(postgres)')) continue; const f = s.slice(s.lastIndexOf(')') + 2).split(' '); t += (Number(f[11]) + Number(f[12])) * 10; } catch {} }
  return t;
}
const connector = await startCapturingConnector();
const which = (process.argv[2] ?? 'peer,watnu-postgres').split(',');
for (const c of [1, 20, 100]) for (const id of which) {
  const r = id === 'peer' ? await startPeer(url) : id === 'watnu-pglite' ? await startWatnuPglite(undefined) : await startWatnuPostgres('watnu-postgres', url, 'bench_split', undefined);
  const load = { url: r.url, pid: r.child.pid!, connector, prefix: `${id}-${c}-${Date.now()}`, buttons: true };
  await closedLoop(load, c, 1000, 1500);
  const pg0 = pgCpu(); const me0 = process.cpuUsage(); const bot0 = cpuMs(r.child.pid!); const t0 = Date.now();
  const s = await closedLoop({ ...load, prefix: load.prefix + 'm' }, c, 0, 5000);
  const me = process.cpuUsage(me0); const pg = pgCpu() - pg0; const bot = cpuMs(r.child.pid!) - bot0; const wall = Date.now() - t0;
  const n = s.turns;
  console.log(`${id.padEnd(15)} c=${c} turns/s ${s.turns_per_s} per turn: bot ${(bot / n).toFixed(2)} postgres ${(pg / n).toFixed(2)} client ${((me.user + me.system) / 1000 / n).toFixed(2)} total ${((bot + pg + (me.user + me.system) / 1000) / n).toFixed(2)} ms; machine busy ${((bot + pg + (me.user + me.system) / 1000) / wall * 100).toFixed(0)}% of 1 core`);
  await r.stop();
}
await connector.stop();
