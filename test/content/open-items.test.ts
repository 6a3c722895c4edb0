import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { listOpenItems, lintSettlements, type SchoolOpenItems } from '../../src/content/open-items.js';
import { schoolFileSchema } from '../../src/content/school-schema.js';
import type { School } from '../../src/content/types.js';
import { projectRoot, realContent } from '../helpers/content.js';

const { content } = realContent();
const school = (id: string) => content.schools.get(id)!;

describe('what each plan leaves open (npm run check warnings)', () => {
  it('De Brug: every role but the aandachtsfunctionaris lacks a name, every role holder a number; no bestuur contact; its contradiction, named documents, questions and missing protocols', () => {
    expect(listOpenItems(school('sbo-de-brug'), content.dialogs).open.map((i) => i.key)).toEqual([
      'role-without-phone:aandachtsfunctionaris',
      'role-without-name:intern-begeleider',
      'role-without-phone:intern-begeleider',
      'role-without-name:directeur',
      'role-without-phone:directeur',
      'role-without-name:vertrouwenspersoon',
      'role-without-phone:vertrouwenspersoon',
      'role-without-name:gedragscoordinator',
      'role-without-phone:gedragscoordinator',
      'role-without-name:zorgteam',
      'role-without-phone:zorgteam',
      'no-bestuur-contact:bestuur',
      'plan-contradiction:altijd-een-oudergesprek',
      'protocol-not-in-plan:gedragsprotocol-perspecto',
      'protocol-not-in-plan:klachtenregeling',
      'protocol-not-in-plan:format-meldcode',
      'plan-question:who-informs-bevoegd-gezag',
      'plan-question:casemanager',
      'plan-question:forced-marriage',
      'protocol-from-other-plan:disclosure',
      'protocol-from-other-plan:eergerelateerd',
      'no-protocol:kindcheck',
      'no-protocol:sexting',
      'no-protocol:ongewenst-gedrag-personeel',
      'protocol-from-other-plan:misbruik-door-personeel',
      'no-protocol:calamiteit',
      'no-protocol:overlijden',
      'no-protocol:vermissing',
    ]);
  });

  it('each item is data for a beheer page: stable code, school id, subject, message, where to settle it', () => {
    const items = listOpenItems(school('sbo-de-brug'), content.dialogs).open;
    for (const item of items) {
      expect(item.key).toBe(`${item.code}:${item.subject}`);
      expect(item.schoolId).toBe('sbo-de-brug');
      expect(item.message.length).toBeGreaterThan(20);
      expect(['contacts.yaml', 'school.yaml']).toContain(item.settleIn);
    }
    // A contradiction carries both (here: all three) passages of the plan.
    const contradiction = items.find((i) => i.code === 'plan-contradiction')!;
    expect(contradiction.passages.map((p) => p.quote)).toEqual([
      'Eventueel eerst een kindgesprek voeren en dan altijd een oudergesprek.',
      expect.stringContaining('De school is/blijft gedurende het gehele traject in gesprek'),
      expect.stringContaining('Direct (telefonisch)(anoniem)melding doen bij Veilig Thuis'),
    ]);
  });

  it('PROO: the unnamed IB, the board with only a website, the ParnasSys contradiction (F01) with its three passages', () => {
    const keys = listOpenItems(school('proo-leiden'), content.dialogs).open.map((i) => i.key);
    expect(keys).toEqual(
      expect.arrayContaining([
        'role-without-name:intern-begeleider',
        'role-without-phone:intern-begeleider',
        'role-without-phone:indirecte-aandachtsfunctionaris',
        'no-bestuur-contact:bestuur',
        'plan-contradiction:parnassys-voor-ouders',
        'protocol-not-in-plan:pesten',
        'protocol-not-in-plan:vermissing',
        'plan-question:teacher-reports-to-veilig-thuis',
      ]),
    );
    // Named role holders with the number the plan prints next to their name are not open.
    expect(keys).not.toContain('role-without-phone:aandachtsfunctionaris');
    expect(keys).not.toContain('role-without-name:directeur');
  });
});

describe('a school silences a warning only by supplying the value, or an explicit unknown with a reason', () => {
  const brug = school('sbo-de-brug');
  const withChanges = (changes: Partial<School>): School => ({ ...brug, ...changes });

  it('a phone number for the aandachtsfunctionaris in contacts.yaml closes that item', () => {
    const contacts = new Map(brug.contacts);
    contacts.set('rick-lambert', { ...contacts.get('rick-lambert')!, phones: [{ number: '0113 123456' }], originNote: 'Door de school aangevuld; staat niet in het plan.' });
    const keys = listOpenItems(withChanges({ contacts }), content.dialogs).open.map((i) => i.key);
    expect(keys).not.toContain('role-without-phone:aandachtsfunctionaris');
  });

  it('settled: unknown with a reason, or an answer, moves an item to settled', () => {
    const settled = {
      'role-without-name:zorgteam': { unknown: true as const, reason: 'Het zorgteam wisselt per jaar; vraag de intern begeleider.' },
      'plan-question:casemanager': { answer: 'De intern begeleider is casemanager, tenzij anders afgesproken.' },
    };
    const result: SchoolOpenItems = listOpenItems(withChanges({ settled }), content.dialogs);
    expect(result.settled.map((i) => i.key)).toEqual(['role-without-name:zorgteam', 'plan-question:casemanager']);
    expect(result.open.map((i) => i.key)).not.toContain('plan-question:casemanager');
    expect(lintSettlements(withChanges({ settled }), content.dialogs)).toEqual([]);
  });

  it('a key that is no open item, or a name given as an answer, is a content error', () => {
    const settled = {
      'plan-question:nonsense': { answer: 'Dit item bestaat niet in deze school.' },
      'role-without-name:directeur': { answer: 'Jan Jansen is de directeur van de school' },
    };
    const problems = lintSettlements(withChanges({ settled }), content.dialogs);
    expect(problems.map((p) => [p.code, p.at])).toEqual([
      ['unknown-open-item', 'settled.plan-question:nonsense'],
      ['unknown-open-item', 'settled.role-without-name:directeur'],
    ]);
    expect(problems[1]!.message).toContain('contacts.yaml');
  });

  it('the schema accepts only unknown-with-reason or an answer; unknown keys are errors', () => {
    const base = { id: 'x', name: 'X', region: 'Y', source: { doc: 'sbo-de-brug', section: 'Inleiding', quote: 'Op SBO de Brug staan sfeer en klimaat centraal.' }, roles: {}, routes: {}, incidents: brug.incidents };
    expect(schoolFileSchema.safeParse({ ...base, settled: { 'role-without-name:zorgteam': { unknown: true, reason: 'Wisselt per schooljaar.' } } }).success).toBe(true);
    expect(schoolFileSchema.safeParse({ ...base, settled: { 'role-without-name:zorgteam': { unknown: true } } }).success).toBe(false);
    expect(schoolFileSchema.safeParse({ ...base, settled: { 'role-without-name:zorgteam': { unknown: false, reason: 'Wisselt per schooljaar.' } } }).success).toBe(false);
    expect(schoolFileSchema.safeParse({ ...base, settled: { 'role-without-name:zorgteam': { answer: 'Het zorgteam.', extra: 1 } } }).success).toBe(false);
  });
});

describe('npm run check -- --json', () => {
  it('prints the same items as JSON, per school', () => {
    const out = execFileSync('npx', ['tsx', 'src/cli/check.ts', '--json'], { cwd: projectRoot, encoding: 'utf8' });
    const json = JSON.parse(out) as { problems: unknown[]; schools: SchoolOpenItems[] };
    expect(json.problems).toEqual([]);
    const brug = json.schools.find((s) => s.schoolId === 'sbo-de-brug')!;
    expect(brug.open.map((i) => i.key)).toEqual(listOpenItems(school('sbo-de-brug'), content.dialogs).open.map((i) => i.key));
    expect(brug.open[0]).toEqual(expect.objectContaining({ code: 'role-without-phone', schoolId: 'sbo-de-brug', subject: 'aandachtsfunctionaris', message: expect.any(String) }));
  });
});
