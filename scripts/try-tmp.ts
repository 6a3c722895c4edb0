import { triage } from '../src/triage/triage.js';
for (const t of process.argv.slice(2)) { const r = triage(t, 'nl'); console.log(JSON.stringify(t), '→', r.route, r.candidates.slice(0, 3).join(','), r.ambiguity ? `AMB ${r.ambiguity.facet}:${r.ambiguity.options.map((o) => o.value + '=' + o.route).join(',')}` : ''); }
