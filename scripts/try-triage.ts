/**
 * Shows what the shipped triage makes of a few messages: route, the first
 * candidates and, when it would ask, the safety ambiguity question with the
 * route behind each answer. For looking, never for tuning on held-out lines.
 *
 *   npx tsx scripts/try-triage.ts "er is een ll niet terug van de wc" "hoi, vraagje"
 */
import { triage } from '../src/triage/triage.js';

for (const text of process.argv.slice(2)) {
  const result = triage(text, 'nl');
  const question = result.ambiguity ? `asks ${result.ambiguity.facet}: ${result.ambiguity.options.map((o) => `${o.value}=${o.route}`).join(', ')}` : '';
  console.log(JSON.stringify(text), '→', result.route, result.candidates.slice(0, 3).join(','), question);
}
