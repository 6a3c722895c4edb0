import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ContentProblem } from '../../src/content/problem.js';
import { loadMiniWith, removeMiniCopies, replaceIn } from '../helpers/mini-content.js';

/** A small form and its texts, added to the mini content tree. */
const form = `id: aanmelding
start: wie
steps:
  wie:
    type: collect
    slots:
      - { name: initials, validator: initials }
      - { name: group, validator: group }
    next: klaar
  klaar:
    type: confirm
    action: incident.register
    extras: [{ name: note, validator: note }]
`;
const texts = {
  'aanmelding.title': 'Aanmelding',
  'aanmelding.cancel': 'Annuleren',
  'aanmelding.cancelled': 'Geannuleerd.',
  'aanmelding.resume': 'Verder met de aanmelding',
  'aanmelding.wie.initials': 'Initialen?',
  'aanmelding.wie.group': 'Groep van {{var.initials}}?',
  'aanmelding.klaar': '{{var.initials}}, groep {{var.group}}',
  'aanmelding.klaar.confirm': 'Opslaan',
  'aanmelding.klaar.note': 'Notitie',
  'aanmelding.klaar.note.filled': 'Notitie: {{var.note}}',
  'aanmelding.klaar.note.ask': 'Je notitie?',
};

/** The mini content tree with the form and its texts added, and one more edit. */
function loadWith(edit: (root: string) => void): readonly ContentProblem[] {
  const addForm = (root: string) => {
    mkdirSync(join(root, 'dialogs', 'forms'));
    writeFileSync(join(root, 'dialogs', 'forms', 'aanmelding.yaml'), form);
    for (const locale of ['nl', 'en']) {
      const path = join(root, 'locales', `${locale}.json`);
      writeFileSync(path, JSON.stringify({ ...JSON.parse(readFileSync(path, 'utf8')), ...texts }));
    }
  };
  return loadMiniWith(addForm, edit);
}

afterEach(removeMiniCopies);

describe('npm run check lints forms and collect steps', () => {
  it('accepts a well-formed form (its steps need no source)', () => {
    expect(loadWith(() => undefined)).toEqual([]);
  });

  it('an unknown validator name is a schema error naming the slot', () => {
    const problems = loadWith((root) => replaceIn(root, 'dialogs/forms/aanmelding.yaml', 'validator: group', 'validator: groep'));
    expect(problems).toContainEqual(expect.objectContaining({ code: 'schema', file: 'dialogs/forms/aanmelding.yaml', at: expect.stringContaining('validator') }));
  });

  it('an unknown action name is a schema error', () => {
    const problems = loadWith((root) => replaceIn(root, 'dialogs/forms/aanmelding.yaml', 'action: incident.register', 'action: incident.save'));
    expect(problems).toContainEqual(expect.objectContaining({ code: 'schema', file: 'dialogs/forms/aanmelding.yaml', at: expect.stringContaining('action') }));
  });

  it('a choice slot without options, a slot asked twice', () => {
    const problems = loadWith((root) => replaceIn(root, 'dialogs/forms/aanmelding.yaml', 'validator: group }', 'validator: choice }\n      - { name: initials, validator: initials }'));
    expect(problems).toContainEqual(expect.objectContaining({ code: 'form-rule', at: 'wie', message: expect.stringContaining('no options') }));
    expect(problems).toContainEqual(expect.objectContaining({ code: 'duplicate-id', at: 'wie', message: expect.stringContaining('"initials"') }));
  });

  it('a missing prompt text and an unknown runtime placeholder', () => {
    const problems = loadWith((root) => {
      replaceIn(root, 'locales/en.json', '"aanmelding.wie.group":"Groep van {{var.initials}}?",', '');
      replaceIn(root, 'locales/nl.json', '{{var.initials}}, groep', '{{var.naam}}, groep');
    });
    expect(problems).toContainEqual(expect.objectContaining({ code: 'missing-locale-key', file: 'dialogs/forms/aanmelding.yaml', at: 'wie', message: expect.stringContaining('aanmelding.wie.group') }));
    expect(problems).toContainEqual(expect.objectContaining({ code: 'unknown-placeholder', file: 'dialogs/forms/aanmelding.yaml', at: 'klaar', message: expect.stringContaining('var.naam') }));
  });

  it('a start prefix for a slot the form does not have', () => {
    const problems = loadWith((root) => replaceIn(root, 'dialogs/forms/aanmelding.yaml', 'start: wie', 'starts: { prefix: { word: log, slot: tekst } }\nstart: wie'));
    expect(problems).toContainEqual(expect.objectContaining({ code: 'unknown-slot', at: 'starts.prefix' }));
  });

  it('a protocol may collect, but not run actions; a shortcut must be a handoff step; a handoff step needs the handoff form', () => {
    const problems = loadWith((root) => {
      replaceIn(root, 'dialogs/mini.yaml', 'start: vraag', 'start: vraag\nshortcuts: [einde]');
      replaceIn(root, 'dialogs/mini.yaml', '  nood: { type: switch, route: acuut }', '  nood:\n    type: action\n    action: case.note\n    source: { doc: sbo-de-brug, section: Meldcode huiselijk geweld en kindermishandeling, quote: "Collegiale consultatie: Zien we dezelfde signalen?" }');
    });
    expect(problems).toContainEqual(expect.objectContaining({ code: 'form-rule', file: 'dialogs/mini.yaml', at: 'nood', message: expect.stringContaining('cannot run actions') }));
    expect(problems).toContainEqual(expect.objectContaining({ code: 'unknown-target', file: 'dialogs/mini.yaml', at: 'shortcuts' }));
    const handoff = loadWith((root) => {
      replaceIn(root, 'dialogs/mini.yaml', '{ id: ja, next: einde }', '{ id: ja, next: door }');
      replaceIn(
        root,
        'dialogs/mini.yaml',
        '  einde:\n',
        '  door:\n    type: handoff\n    to: ib\n    urgency: hoog\n    source: { doc: sbo-de-brug, section: Meldcode huiselijk geweld en kindermishandeling, quote: "Collegiale consultatie: Zien we dezelfde signalen?" }\n    next: einde\n  einde:\n',
      );
    });
    expect(handoff).toContainEqual(expect.objectContaining({ code: 'unknown-dialog', file: 'dialogs/mini.yaml', at: 'door', message: expect.stringContaining('dialogs/forms/handoff.yaml') }));
  });
});
