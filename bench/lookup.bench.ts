/**
 * Sociale kaart lookup time over a synthetic 500-entry directory.
 * Prints p50/p90/p99 in microseconds and writes bench/results/lookup.json.
 * `npm run bench:lookup`. Numbers, never assertions.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DateTime } from 'luxon';
import { cardTextsOf } from '../src/contacts/card-texts.js';
import { lookupContacts, matchIds } from '../src/contacts/lookup.js';
import { findProjectRoot } from '../src/config.js';
import { defaultContentPaths, loadContent } from '../src/content/load-content.js';
import { type Contact, contactSchema } from '../src/content/school-schema.js';
import type { School } from '../src/content/types.js';
import { createTranslator } from '../src/i18n.js';

const entries = 500;
const runs = 5000;
const warmup = 300;
const repeats = 5;

/** Deterministic PRNG (mulberry32) so every run measures the same directory. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let r = Math.imul(a ^ (a >>> 15), 1 | a);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

const rand = random(20250107);
const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
const some = <T>(items: readonly T[], n: number): T[] => Array.from({ length: n }, () => pick(items));

const firstNames = ['Anna', 'Bram', 'Chantal', 'Daan', 'Esra', 'Fleur', 'Gijs', 'Hanna', 'Ilias', 'Joke', 'Karim', 'Lotte', 'Mehmet', 'Noor', 'Olga', 'Pieter', 'Sanne', 'Thijs', 'Yara', 'Zeynep'];
const lastNames = ['de Vries', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Dijk', 'Yılmaz', 'El Amrani', 'Kaya', 'Dekker', 'Brouwer', 'Hoekstra', 'van Leeuwen'];
const organisations = ['Jeugdteam', 'Centrum voor Jeugd en Gezin', 'Sociaal wijkteam', 'GGD', 'Veilig Thuis', 'Politie', 'Gemeente', 'Samenwerkingsverband', 'Jeugdbescherming', 'Schuldhulpverlening', 'Kinderopvang', 'Huisartsenpraktijk', 'Logopedie', 'Fysiotherapie', 'Bibliotheek'];
const tagWords = ['schulden', 'huisvesting', 'crisis', 'gezin', 'opvoeding', 'jeugdarts', 'jeugdverpleegkundige', 'gezondheid', 'jeugdhulp', 'spoed', 'geen spoed', 'politie', 'aangifte', 'veilig thuis', 'huiselijk geweld', 'kindermishandeling', 'meldcode', 'vertrouwenspersoon', 'klacht', 'pesten', 'zeden', 'jeugdbescherming', 'kindertelefoon', 'directeur', 'intern begeleider', 'aandachtsfunctionaris', 'calamiteit', 'inspectie', 'discriminatie', 'bestuur', 'onderwijsspecialist', 'logopedie', 'dyslexie', 'taal', 'sport', 'voeding', 'slaap', 'rouw', 'scheiding', 'verslaving'];
const hours = [undefined, undefined, 'Mo-Fr 08:30-17:00; PH off', 'Mo-Fr 08:00-17:00; PH off', 'Mo-Th 09:00-12:00; PH off', 'Mo-Fr 09:00-17:30; Sa 10:00-14:00; PH off', '24/7'];
const queries = [
  'iemand voor schulden', 'crisis in een gezin', 'jeugdarts', 'nummer politie zonder spoed', 'adres veilig thuis', 'schuldn', 'jeugarts',
  'veilig tuis', 'pestcoordinator', 'de printer is kapot', 'geldzorgen', 'dokter', 'kindertelefon', 'polietie', 'vertrouwenspersoon voor ouders',
  'wie is de ib', 'zedenpolitie', 'police non emergency', 'someone for debts', 'logopedie', 'dyslexie bij een leerling', 'scheiding ouders',
  'Jansen', 'Mehmet Kaya', 'anna de vries', 'El Amrani', 'gemeente', 'huisarts', 'rouw na overlijden', 'verslaving van een ouder', 'xyzzy',
];

function phoneNumber(i: number): string {
  return `071 ${String(5000000 + i * 137).slice(0, 3)} ${String(1000 + i).slice(-4)}`;
}

function syntheticContacts(): Map<string, Contact> {
  const source = { doc: 'proo-leiden', section: 'Politie', quote: 'Telefoonnummer bij spoed: 112' };
  const contacts = new Map<string, Contact>();
  const always = ['veilig-thuis', 'politie-112', 'intern-begeleider'];
  contacts.set('veilig-thuis', contactSchema.parse({ id: 'veilig-thuis', name: 'Veilig Thuis', kind: 'organisation', tags: ['veilig thuis', 'meldcode'], phones: [{ number: '0800 - 2000' }], hours: '24/7', source }));
  contacts.set('politie-112', contactSchema.parse({ id: 'politie-112', name: 'Politie (spoed)', kind: 'emergency', tags: ['spoed', 'politie'], phones: [{ number: '112' }], hours: '24/7', source }));
  contacts.set('intern-begeleider', contactSchema.parse({ id: 'intern-begeleider', name: 'Intern begeleider', kind: 'person', tags: ['intern begeleider'], source }));
  for (let i = contacts.size; i < entries; i++) {
    const person = rand() < 0.6;
    const organisation = pick(organisations);
    const name = person ? `${pick(firstNames)} ${pick(lastNames)} ${i}` : `${organisation} ${pick(['Noord', 'Zuid', 'Oost', 'West', 'Centrum'])} ${i}`;
    const open = pick(hours);
    contacts.set(
      `c${i}`,
      contactSchema.parse({
        id: `c${i}`,
        name,
        kind: person ? 'person' : 'organisation',
        organisation,
        description: `${organisation}: ${some(tagWords, 3).join(', ')}`,
        tags: [...new Set(some(tagWords, 2 + Math.floor(rand() * 4)))],
        phones: [{ number: phoneNumber(i) }],
        ...(open ? { hours: open } : {}),
        ...(open && open !== '24/7' ? { afterHours: some(always, 2) } : {}),
        source,
      }),
    );
  }
  return contacts;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function summary(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    p50: round(percentile(sorted, 50)),
    p90: round(percentile(sorted, 90)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted.at(-1)!),
    mean: round(sorted.reduce((a, b) => a + b, 0) / sorted.length),
  };
}

function micros(fn: () => unknown): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1000;
}

const root = findProjectRoot();
const loaded = loadContent(defaultContentPaths(root)).content;
const texts = cardTextsOf(createTranslator(loaded.locales, loaded.defaultLanguage))('nl');
const template = loaded.schools.get('proo-leiden');
if (!template) throw new Error('proo-leiden not found');
const school: School = { ...template, contacts: syntheticContacts() };
const moments = ['2025-01-07T10:15', '2025-01-07T22:15', '2025-01-11T11:00', '2025-12-25T10:00'].map((local) =>
  DateTime.fromISO(local, { zone: 'Europe/Amsterdam' }).toJSDate(),
);

const buildMicros = micros(() => matchIds(school, 'warm up'));
for (let i = 0; i < warmup; i++) lookupContacts(school, queries[i % queries.length]!, moments[i % moments.length]!, texts);

const full: number[] = [];
const fullFiltered: number[] = [];
const searchOnly: number[] = [];
const searchFiltered: number[] = [];
let cards = 0;
for (let i = 0; i < runs; i++) {
  const query = queries[i % queries.length]!;
  const now = moments[(i * 7) % moments.length]!;
  // The first timing is the raw sample; the minimum of `repeats` strips pre-emption by other processes.
  const lookups = Array.from({ length: repeats }, () => micros(() => (cards += lookupContacts(school, query, now, texts).length)));
  const searches = Array.from({ length: repeats }, () => micros(() => matchIds(school, query)));
  full.push(lookups[0]!);
  fullFiltered.push(Math.min(...lookups));
  searchOnly.push(searches[0]!);
  searchFiltered.push(Math.min(...searches));
}

const result = {
  benchmark: 'sociale kaart lookup',
  entries: school.contacts.size,
  runs,
  queries: queries.length,
  node: process.version,
  date: new Date().toISOString(),
  /** Other work on the machine inflates the tail: read p99 next to these. */
  cpus: availableParallelism(),
  loadAverage: loadavg().map((n) => Math.round(n * 100) / 100),
  indexBuildMs: Math.round(buildMicros / 100) / 10,
  averageCards: Math.round((cards / (runs * repeats)) * 10) / 10,
  /** lookupContacts: search, after-hours order, cards with open-now and hours text (first timing of each sample). */
  lookupMicros: summary(full),
  /** The same samples, each the minimum of the repeats: the code's own tail without scheduler pre-emption. */
  lookupMicrosMinOfRepeats: summary(fullFiltered),
  /** The MiniSearch query alone. */
  searchMicros: summary(searchOnly),
  searchMicrosMinOfRepeats: summary(searchFiltered),
};

console.log(`sociale kaart lookup over ${result.entries} contacts, ${runs} runs (${queries.length} queries, 4 moments)`);
console.log(`  machine                    ${result.cpus} cpus, load average ${result.loadAverage.join(' ')}`);
console.log(`  index build                ${result.indexBuildMs} ms`);
const line = (label: string, m: ReturnType<typeof summary>) =>
  console.log(`  ${label.padEnd(26)} p50 ${m.p50} µs   p90 ${m.p90} µs   p99 ${m.p99} µs   max ${m.max} µs`);
line('lookup (full), raw', result.lookupMicros);
line(`lookup (full), min of ${repeats}`, result.lookupMicrosMinOfRepeats);
line('search only, raw', result.searchMicros);
line(`search only, min of ${repeats}`, result.searchMicrosMinOfRepeats);
const out = join(dirname(fileURLToPath(import.meta.url)), 'results', 'lookup.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
console.log(`  written to                 ${out.slice(root.length + 1)}`);
