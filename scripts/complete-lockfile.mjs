// The package mirror this project is developed against serves only the Linux
// builds of @biomejs/biome's platform binaries, so `npm install` leaves the
// other platforms' optional packages out of package-lock.json and `npm ci`
// then refuses the lockfile as out of sync. This adds those optional entries
// (os/cpu marked, so npm skips them on every other platform) after an install:
//   npm install && node scripts/complete-lockfile.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
const packages = lock.packages;
let added = 0;
for (const [key, entry] of Object.entries(packages)) {
  if (!key.endsWith('node_modules/@biomejs/biome')) continue;
  for (const name of Object.keys(entry.optionalDependencies ?? {})) {
    const target = key.replace(/@biomejs\/biome$/, name);
    if (packages[target]) continue;
    const [os, cpu, libc] = name.replace('@biomejs/cli-', '').split('-');
    packages[target] = {
      version: entry.version,
      cpu: [cpu],
      dev: entry.dev ?? false,
      license: entry.license,
      optional: true,
      os: [os],
      ...(libc === 'musl' ? { libc: ['musl'] } : {}),
      engines: entry.engines,
    };
    added++;
  }
}
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lockfile: added ${added} optional platform entries`);
