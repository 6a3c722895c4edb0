import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ajvDraft04 from 'ajv-draft-04';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { buildTeamsPackage, packagedManifest } from '../../scripts/package-teams.js';
import { projectRoot } from '../helpers/content.js';
import { Transcript } from '../helpers/transcript.js';
import { readZip } from './zip-reader.js';

const dir = join(projectRoot, 'manifest', 'teams');
const read = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const manifest = read(join(dir, 'manifest.json'));
const botId = '3f0c9a61-2b7e-4d1a-9c55-8e2f1a0b7c3d';

/**
 * The vendored Teams schemas are draft-04 (with draft-06's `const`): ajv-draft-04, formats unchecked (no
 * ajv-formats), patterns as plain (non-unicode) regular expressions, as the localization schema's need.
 */
function validator(file: string) {
  // CommonJS default export: the class is both module.exports and its .default.
  const ajv = new ajvDraft04.default({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false });
  const validate = ajv.compile(read(join(projectRoot, 'vendor', 'schemas', file)));
  return (value: unknown) => (validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`));
}

describe('Teams app manifest', () => {
  const manifestErrors = validator('teams-manifest-1.29.schema.json');

  it('manifest.json validates against the Teams manifest 1.29 schema', () => {
    expect(manifest.manifestVersion).toBe('1.29');
    expect(manifestErrors(manifest)).toEqual([]);
  });

  it('the schema check is not vacuous', () => {
    expect(manifestErrors({ ...manifest, manifestVersion: '1.28' })).not.toEqual([]);
    expect(manifestErrors({ ...manifest, bots: [{ ...manifest.bots[0], scopes: ['everyone'] }] })).not.toEqual([]);
  });

  it('one bot for personal chat, team channels and group chats, with the five commands', () => {
    const [bot] = manifest.bots;
    expect(bot.scopes).toEqual(['personal', 'team', 'groupChat']);
    expect(bot.commandLists[0].commands.map((c: { title: string }) => c.title)).toEqual(['wat nu', 'sociale kaart', 'overdracht', 'status', 'calamiteit']);
    for (const command of bot.commandLists[0].commands) expect(command.title.length).toBeLessThanOrEqual(32);
  });

  it('the English strings validate against the localization schema and cover every command', () => {
    const en = read(join(dir, 'en-us.json'));
    expect(validator('teams-manifest-localization-1.29.schema.json')(en)).toEqual([]);
    manifest.bots[0].commandLists[0].commands.forEach((_: unknown, i: number) => {
      expect(en[`bots[0].commandLists[0].commands[${i}].title`]).toBeTruthy();
      expect(en[`bots[0].commandLists[0].commands[${i}].description`]).toBeTruthy();
    });
  });

  it.each([
    ['nl', 'wat nu'],
    ['nl', 'sociale kaart'],
    ['nl', 'overdracht'],
    ['nl', 'status'],
    ['nl', 'calamiteit'],
    ['en', 'what now'],
  ] as const)('the command "%s: %s" is understood, not answered with "not understood"', (locale, command) => {
    const chat = new Transcript('proo-leiden', { locale });
    chat.say(command);
    const understood = chat.route !== undefined || chat.session.forms.length > 0 || chat.effects.some((e) => e.type === 'status') || chat.choices.length > 0;
    expect(understood).toBe(true);
  });

  it('icons: 192×192 colour, 32×32 outline in white on transparent', () => {
    const color = PNG.sync.read(readFileSync(join(dir, manifest.icons.color)));
    const outline = PNG.sync.read(readFileSync(join(dir, manifest.icons.outline)));
    expect([color.width, color.height]).toEqual([192, 192]);
    expect([outline.width, outline.height]).toEqual([32, 32]);
    let opaque = 0;
    for (let i = 0; i < outline.data.length; i += 4) {
      const [r, g, b, a] = [outline.data[i]!, outline.data[i + 1]!, outline.data[i + 2]!, outline.data[i + 3]!];
      if (a > 0) {
        opaque++;
        expect([r, g, b]).toEqual([255, 255, 255]);
      }
    }
    expect(opaque).toBeGreaterThan(50);
    expect(opaque).toBeLessThan(32 * 32);
  });
});

describe('npm run package:teams', () => {
  it('builds a zip with the manifest (bot id and version filled in), both icons and the English strings', async () => {
    const out = join(projectRoot, 'test-output', 'teams', 'watnu-teams.zip');
    await buildTeamsPackage(projectRoot, botId, out);
    const files = readZip(readFileSync(out));
    expect([...files.keys()].sort()).toEqual(['color.png', 'en-us.json', 'manifest.json', 'outline.png']);
    const packaged = JSON.parse(files.get('manifest.json')!.toString('utf8'));
    expect(packaged.bots[0].botId).toBe(botId);
    expect(packaged.version).toBe(read(join(projectRoot, 'package.json')).version);
    expect(validator('teams-manifest-1.29.schema.json')(packaged)).toEqual([]);
    expect(files.get('color.png')!.equals(readFileSync(join(dir, 'color.png')))).toBe(true);
  });

  it('refuses a bot id that is not a GUID', () => {
    expect(() => packagedManifest(projectRoot, 'my-bot')).toThrow(/GUID/);
  });
});
