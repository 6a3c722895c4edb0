/**
 * Builds the Microsoft Teams app package (a zip to upload in Teams or the
 * Teams admin center): manifest.json with the bot's MicrosoftAppId filled in
 * and the version of package.json, the two icons, the English strings.
 *
 *   MicrosoftAppId=<guid> npm run package:teams [-- --out path.zip]
 *
 * Writes dist/teams/watnu-teams-<version>.zip unless --out is given.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createWriteStream } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ZipFile } from 'yazl';
import { findProjectRoot, loadConfig } from '../src/config.js';

export const teamsPackageFiles = ['color.png', 'outline.png', 'en-us.json'] as const;

const guid = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;

/** The manifest as it goes into the package. */
export function packagedManifest(root: string, botId: string): Record<string, unknown> {
  if (!guid.test(botId)) throw new Error(`MicrosoftAppId must be the bot's Entra ID application id (a GUID), got "${botId}"`);
  const manifest = JSON.parse(readFileSync(join(root, 'manifest', 'teams', 'manifest.json'), 'utf8'));
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const bots = (manifest.bots as Array<Record<string, unknown>>).map((bot) => ({ ...bot, botId }));
  return { ...manifest, version, bots };
}

export async function buildTeamsPackage(root: string, botId: string, out: string): Promise<string> {
  const manifest = packagedManifest(root, botId);
  const zip = new ZipFile();
  const mtime = new Date('2026-01-01T00:00:00Z');
  zip.addBuffer(Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`), 'manifest.json', { mtime });
  for (const name of teamsPackageFiles) zip.addFile(join(root, 'manifest', 'teams', name), name, { mtime });
  zip.end();
  mkdirSync(dirname(out), { recursive: true });
  await new Promise<void>((done, fail) => {
    zip.outputStream.pipe(createWriteStream(out)).on('close', done).on('error', fail);
  });
  return out;
}

async function main(): Promise<void> {
  const root = findProjectRoot();
  const config = loadConfig(undefined, root);
  const outIndex = process.argv.indexOf('--out');
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const out = outIndex > 0 ? resolve(process.argv[outIndex + 1] ?? '') : join(root, 'dist', 'teams', `watnu-teams-${version}.zip`);
  if (!config.MicrosoftAppId) {
    console.error('Set MicrosoftAppId (the bot\'s Entra ID application id) to build the Teams package, e.g. MicrosoftAppId=<guid> npm run package:teams');
    process.exit(1);
  }
  console.log(`Teams app package: ${await buildTeamsPackage(root, config.MicrosoftAppId, out)}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error((error as Error).message);
    process.exit(1);
  });
}
