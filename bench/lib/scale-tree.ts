import { cpSync, existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from './processes.js';

/** The plans schools are generated on, with a role each generated school fills in. */
const plans = [
  { id: 'proo-leiden', roles: ['aandachtsfunctionaris', 'intern-begeleider', 'directeur', 'vertrouwenspersoon', 'pestcoordinator'] },
  { id: 'sbo-de-brug', roles: ['aandachtsfunctionaris', 'intern-begeleider', 'directeur'] },
  { id: 'de-vlinder', roles: ['intern-begeleider', 'directeur'] },
] as const;

const regions = ['north', 'middle', 'south'] as const;
const languages = ['nl', 'en'] as const;

/** One generated school file on a plan: its own people, numbers, Slack ids and calendar. */
export function schoolFile(n: number): { id: string; text: string } {
  const plan = plans[n % plans.length]!;
  const id = `school-${String(n).padStart(4, '0')}`;
  const people = plan.roles.map((role, i) => `  ${role}: { name: Persoon ${n}-${i}, phone: "030 ${String(100 + (n % 900)).padStart(3, '0')} ${String(1000 + i)}", slack: U${String(n).padStart(5, '0')}R${i} }`);
  const text = [
    `id: ${id}`,
    `name: Bench School ${n}`,
    `plan: ${plan.id}`,
    `language: ${languages[n % languages.length]}`,
    `phone: "030 ${String(100 + (n % 900)).padStart(3, '0')} 0000"`,
    'people:',
    ...people,
    `calendar: { holidayRegion: ${regions[n % regions.length]}, vacations: [{ name: Herfstvakantie, from: "2026-10-17", to: "2026-10-25" }] }`,
    `channels: { ib: { slack: { channelId: C${String(n).padStart(5, '0')}IB } }, directeur: { slack: { channelId: C${String(n).padStart(5, '0')}DR } } }`,
    `slack: { teamId: T${String(n).padStart(6, '0')} }`,
    '',
  ].join('\n');
  return { id, text };
}

/**
 * A copy of the project (code and content, node_modules linked) with the two
 * seed schools, the test plan de-vlinder as a third plan, and `extra`
 * generated schools spread over the three plans. The code finds its content
 * from its own location, so the copy runs exactly as a deployment with that
 * many schools would.
 */
export function scaleTree(extra: number): string {
  const dir = mkdtempSync(join(tmpdir(), `watnu-scale-${extra}-`));
  for (const part of ['src', 'dialogs', 'locales', 'calamity', 'plans', 'schools', 'triage', 'docs/sources', 'package.json', 'tsconfig.json']) {
    cpSync(join(root, part), join(dir, part), { recursive: true });
  }
  // The build's pre-initialised database, as a deployment has it (npm run build makes it).
  for (const part of ['dist/pglite-template', 'dist/pglite-template.tgz', 'dist/pglite-template.json']) {
    if (existsSync(join(root, part))) cpSync(join(root, part), join(dir, part), { recursive: true });
  }
  cpSync(join(root, 'test', 'fixtures', 'plan-folder', 'plans'), join(dir, 'plans'), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  for (let n = 1; n <= extra; n++) {
    const { id, text } = schoolFile(n);
    mkdirSync(join(dir, 'schools', id));
    writeFileSync(join(dir, 'schools', id, 'school.yaml'), text);
  }
  return dir;
}
