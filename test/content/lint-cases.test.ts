import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadMiniWith as loadWith, removeMiniCopies, replaceIn } from '../helpers/mini-content.js';

afterEach(removeMiniCopies);

describe('npm run check catches content mistakes, naming file and step', () => {
  it('accepts the untouched fixture', () => {
    expect(loadWith(() => undefined)).toEqual([]);
  });

  it('unknown target', () => {
    const problems = loadWith((root) => replaceIn(root, 'dialogs/mini.yaml', '{ id: ja, next: einde }', '{ id: ja, next: eindje }'));
    expect(problems).toContainEqual(
      expect.objectContaining({ code: 'unknown-target', file: 'dialogs/mini.yaml', at: 'vraag', message: expect.stringContaining('"eindje"') }),
    );
  });

  it('unreachable step', () => {
    const problems = loadWith((root) =>
      replaceIn(root, 'dialogs/mini.yaml', '  nood: { type: switch, route: acuut }', '  nood: { type: switch, route: acuut }\n  wees: { type: switch, route: acuut }'),
    );
    expect(problems).toContainEqual(expect.objectContaining({ code: 'unreachable-step', file: 'dialogs/mini.yaml', at: 'wees' }));
  });

  it('path that never ends', () => {
    const problems = loadWith((root) =>
      replaceIn(
        root,
        'dialogs/mini.yaml',
        '  nood: { type: switch, route: acuut }',
        '  nood:\n    type: message\n    source: { doc: sbo-de-brug, section: Inleiding, quote: "Op SBO de Brug staan sfeer en klimaat centraal." }\n    next: lus\n  lus:\n    type: message\n    source: { doc: sbo-de-brug, section: Inleiding, quote: "Op SBO de Brug staan sfeer en klimaat centraal." }\n    next: nood',
      ),
    );
    expect(problems).toContainEqual(expect.objectContaining({ code: 'non-terminating', file: 'dialogs/mini.yaml', at: 'nood' }));
    expect(problems).toContainEqual(expect.objectContaining({ code: 'non-terminating', file: 'dialogs/mini.yaml', at: 'lus' }));
  });

  it('missing locale key', () => {
    const problems = loadWith((root) => replaceIn(root, 'locales/en.json', '"mini.vraag.nee": "No",', ''));
    expect(problems).toContainEqual(
      expect.objectContaining({ code: 'missing-locale-key', file: 'dialogs/mini.yaml', at: 'vraag', message: expect.stringContaining('"en"') }),
    );
  });

  it('missing source', () => {
    const problems = loadWith((root) =>
      replaceIn(
        root,
        'dialogs/mini.yaml',
        '    source: { doc: sbo-de-brug, section: Meldcode huiselijk geweld en kindermishandeling, quote: "Dit wordt in het dossier vastgelegd en de casus wordt afgerond." }\n',
        '',
      ),
    );
    expect(problems).toContainEqual(expect.objectContaining({ code: 'missing-source', file: 'dialogs/mini.yaml', at: 'einde' }));
  });

  it('a quote that is not in the plan', () => {
    const problems = loadWith((root) => replaceIn(root, 'dialogs/mini.yaml', 'Zien we dezelfde signalen?', 'Zien we andere signalen?'));
    expect(problems).toContainEqual(expect.objectContaining({ code: 'source-not-found', file: 'dialogs/mini.yaml', at: 'vraag' }));
  });

  it('a quote cited under a section it does not stand under', () => {
    const problems = loadWith((root) =>
      replaceIn(root, 'dialogs/mini.yaml', 'section: Meldcode huiselijk geweld en kindermishandeling, quote: "Collegiale', 'section: Pestgedrag, quote: "Collegiale'),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ code: 'source-misplaced', file: 'dialogs/mini.yaml', at: 'vraag', message: expect.stringContaining('"Pestgedrag"') }),
    );
  });

  it('a placeholder with single braces, which would be printed as is', () => {
    const problems = loadWith((root) => {
      const path = join(root, 'locales', 'nl.json');
      const table = JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>;
      table['mini.vraag'] = 'Overleg met {role.aandachtsfunctionaris.name}.';
      writeFileSync(path, JSON.stringify(table));
    });
    expect(problems).toContainEqual(expect.objectContaining({ code: 'unknown-placeholder', file: 'dialogs/mini.yaml', message: expect.stringContaining('single braces') }));
  });

  it('unknown school role', () => {
    const problems = loadWith((root) => replaceIn(root, 'dialogs/mini.yaml', 'contacts: [role:aandachtsfunctionaris]', 'contacts: [role:pestcoordinator]'));
    expect(problems).toContainEqual(
      expect.objectContaining({ code: 'unknown-role', file: 'dialogs/mini.yaml', at: 'vraag', message: expect.stringContaining('"pestcoordinator"') }),
    );
  });

  it('a placeholder the school cannot fill', () => {
    const problems = loadWith((root) => replaceIn(root, 'locales/nl.json', '{{contact.veilig-thuis.phone}}', '{{contact.veilig-thuis.email}}'));
    expect(problems).toContainEqual(expect.objectContaining({ code: 'unknown-placeholder', file: 'dialogs/mini-acuut.yaml', at: 'bel' }));
  });

  it('strict shape: an unknown key is an error with its line', () => {
    const problems = loadWith((root) => replaceIn(root, 'dialogs/mini.yaml', 'start: vraag', 'start: vraag\nstrat: vraag'));
    expect(problems).toContainEqual(expect.objectContaining({ code: 'schema', file: 'dialogs/mini.yaml', at: expect.stringMatching(/line 5/) }));
  });

  it('a route the school does not map', () => {
    const problems = loadWith((root) => replaceIn(root, 'schools/mini-school/school.yaml', '  acuut: mini-acuut\n', ''));
    expect(problems).toContainEqual(expect.objectContaining({ code: 'route-unmapped', file: 'schools/mini-school/school.yaml' }));
  });

  it('a dialog whose id is not its file name', () => {
    const problems = loadWith((root) => replaceIn(root, 'dialogs/mini.yaml', 'id: mini\n', 'id: mini-kopie\n'));
    expect(problems).toContainEqual(expect.objectContaining({ code: 'id-mismatch', file: 'dialogs/mini.yaml', at: 'id', message: expect.stringContaining('"mini"') }));
  });

  it('an invalid phone number', () => {
    const problems = loadWith((root) => replaceIn(root, 'schools/mini-school/contacts.yaml', '"0800-2000"', '"0800-20"'));
    expect(problems).toContainEqual(expect.objectContaining({ code: 'phone-invalid', file: 'schools/mini-school/contacts.yaml', at: 'veilig-thuis.phones[0]' }));
  });
});

describe('broken YAML is reported, never thrown', () => {
  it('an unresolved alias', () => {
    const problems = loadWith((root) => writeFileSync(join(root, 'dialogs', 'mini.yaml'), 'id: mini\nroute: *nope\n'));
    expect(problems).toContainEqual(expect.objectContaining({ code: 'yaml-syntax', file: 'dialogs/mini.yaml', message: expect.stringContaining('Unresolved alias') }));
  });
});
