/**
 * `npm start` and `npm ci` (prepare) build only what is out of date, so a
 * fresh clone starts in about a second after `npm ci` instead of compiling
 * first. Stale: no dist/, a source or tsconfig newer than the last build, or
 * no PGlite template for the installed PGlite. Does nothing where there is
 * no src/ (the Dockerfile installs packages before it copies the sources).
 */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
if (!existsSync(join(root, 'src'))) process.exit(0);

const built = join(root, 'dist', 'src', 'bundle', 'main.js');
const templateStamp = join(root, 'dist', 'pglite-template.json');

function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs; // a deleted file changes its folder's time
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function isStale() {
  if (!existsSync(built) || !existsSync(templateStamp)) return true;
  const inputs = ['src', 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json'].map((p) => join(root, p)).filter(existsSync);
  const newestInput = Math.max(...inputs.map(newestMtime));
  return newestInput > statSync(built).mtimeMs;
}

if (isStale()) execSync('npm run build', { cwd: root, stdio: 'inherit' });
