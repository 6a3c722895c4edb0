import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface PglitePackage {
  readonly version: string;
  /** The ES module entry (package.json exports["."].import): the worker imports it without CommonJS's export scan of a 500 KB file. */
  readonly moduleEntry: string;
}

let installed: PglitePackage | undefined;

/** The installed @electric-sql/pglite, read once per process (every memory:// test database asks whether the template is current). */
export function pglitePackage(): PglitePackage {
  installed ??= readPglitePackage();
  return installed;
}

function readPglitePackage(): PglitePackage {
  // Its package.json is not exported, so it is found upwards from the entry file.
  let dir = dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string; exports: { '.': { import: { default: string } } } };
  return { version: manifest.version, moduleEntry: join(dir, manifest.exports['.'].import.default) };
}
