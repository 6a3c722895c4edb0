import { sendHandoff } from '../helpers/protocol-kit.js';
import { describe, expect, it } from 'vitest';
import { realContent } from '../helpers/content.js';
import type { Transcript } from '../helpers/transcript.js';
import { Walk } from '../helpers/walk.js';

const dialogId = 'sexting-proo';
const visited = new Set<string>();


function start(locale: 'nl' | 'en' = 'nl'): Walk {
  const t = new Walk('proo-leiden', dialogId, visited, { locale });
  t.pressId('route/sexting');
  return t;
}

const contactIds = (t: Transcript) => t.replies.flatMap((r) => r.contacts?.map((c) => c.id) ?? []);
const choiceIds = (t: Transcript) => t.choices.map((c) => c.id.split('/').pop());


describe('sexting-proo (PROOLeiden-Leiderdorp)', () => {
  it('intro: sexting is seksueel grensoverschrijdend gedrag with its own external stappenplan; first: is staff involved?', () => {
    const t = start();
    expect(t.route).toBe('sexting');
    expect(t.text).toContain('een vorm van seksueel grensoverschrijdend gedrag');
    expect(t.text).toContain('extern stappenplan');
    expect(choiceIds(t)).toEqual(['leerlingen', 'medewerker']);
  });

  it('pupils: the external stappenplan by link only, no invented steps; then director, inspector, SJZP, ParnasSys', () => {
    const t = start();
    t.press('leerlingen');
    expect(t.text).toContain('staan niet in het veiligheidsplan zelf');
    expect(t.text).toContain('https://www.stappenplansexting.nl/stappenplan');
    expect(t.text).toContain('Ik verzin die stappen niet');
    expect(choiceIds(t)).toEqual(['verder']);
    t.press('verder');
    expect(t.text).toContain('Geef het incident door aan de directeur, Jan Diebels (071 572 4242)');
    expect(t.text).toContain('seksueel misbruik en seksuele intimidatie');
    expect(contactIds(t)).toEqual(['jan-diebels']);
    const handoff = sendHandoff(t, 'K.L.', 'groep 8');
    expect(handoff).toMatchObject({ to: 'directeur', urgency: 'normaal', route: 'sexting', pupil: { initials: 'K.L.', group: '8' } });
    expect(handoff?.ask).toContain('stappenplansexting.nl');
    expect(t.text).toContain('overlegt de directeur direct met de directeur-bestuurder');
    expect(t.text).toContain('vertrouwensinspecteur van de Inspectie van het Onderwijs (0900 - 111 3 111)');
    expect(t.text).toContain('aangifte gedaan bij politie of justitie');
    expect(t.text).toContain('Sociale Jeugd- en Zedenpolitie (SJZP, 0900-8844)');
    expect(t.text).toContain('Bij spoed bel je 112');
    expect(t.text).toContain('Leg je signalen feitelijk vast in ParnasSys');
    expect(t.text).toContain('alleen initialen');
    expect(contactIds(t)).toEqual(expect.arrayContaining(['vertrouwensinspecteur', 'sjzp', 'politie-112', 'intern-begeleider']));
    expect(t.phones).toEqual(expect.arrayContaining(['0900 - 111 3 111', '0900-8844', '112']));
    expect(t.choices.map((c) => c.id)).toEqual(['route/dossier', 'route/grensoverschrijdend', 'route/sociale-kaart', 'cmd/restart']);
  });

  it('the handoff to the director can be skipped; the rest still follows', () => {
    const t = start();
    t.press('leerlingen');
    t.press('verder');
    t.pressId('handoff/cancel');
    expect(t.text).toContain('vertrouwensinspecteur');
    expect(t.text).toContain('ParnasSys');
  });

  it('a staff member involved: meldplicht to the bestuur at once, then the protocol for misbruik door personeel', () => {
    const t = start();
    t.press('medewerker');
    const first = t.replies[0]!;
    expect(first.text).toContain('Maak dit dan onmiddellijk bekend bij het bestuur van PROOLeiden-Leiderdorp');
    expect(first.text).toContain('Alleen een tussenpersoon informeren');
    expect(first.text).not.toMatch(/ouders/i);
    expect(first.contacts?.map((c) => c.id)).toEqual(['bestuur']);
    expect(t.route).toBe('misbruik-door-personeel');
  });

  it('English texts resolve', () => {
    const t = start('en');
    t.press('leerlingen');
    expect(t.text).toContain('not in the safety plan itself');
    t.press('verder');
    expect(t.text).toContain('Jan Diebels');
  });

  it('every step of the dialog was walked', () => {
    const dialog = realContent().content.dialogs.get(dialogId)!;
    expect([...visited].sort()).toEqual(Object.keys(dialog.steps).sort());
  });
});
