import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `npm start` as package.json spells it: node's flags and the entry. The
 * benchmarks and the bundled-server test start WatNu's build this way, so a
 * flag in the start script (the young-generation size, --liftoff-only) is
 * what they measure and test.
 */
export function startCommand(dir: string): { readonly nodeFlags: string[]; readonly entry: string } {
  const script: string = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).scripts.start;
  const [command, ...rest] = script.trim().split(/\s+/);
  const entryAt = rest.findIndex((token) => !token.startsWith('-'));
  // Arguments after the entry would be dropped by whoever starts the build this way: refused, like anything but node.
  if (command !== 'node' || entryAt < 0 || entryAt !== rest.length - 1) throw new Error(`${dir}/package.json: scripts.start is not "node [flags] entry": ${script}`);
  return { nodeFlags: rest.slice(0, entryAt), entry: rest[entryAt]! };
}
