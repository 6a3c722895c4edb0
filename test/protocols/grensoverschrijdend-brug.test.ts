import { describe, expect, it } from 'vitest';
import { sendHandoff } from '../helpers/protocol-kit.js';
import { Transcript } from '../helpers/transcript.js';

function start(locale: 'nl' | 'en' = 'nl'): Transcript {
  const t = new Transcript('sbo-de-brug', { locale });
  t.pressId('route/grensoverschrijdend');
  return t;
}


/** The shared tail: zorglogboek, herstelrecht, positive approach. */
function walkTail(t: Transcript): void {
  expect(t.text).toContain('Registreer het in het zorglogboek');
  expect(t.text).toContain('als jij inschat dat het werkelijk een incident is, of na een officiële klacht');
  expect(t.text).toContain('analyseert wekelijks');
  t.press('gedaan');
  expect(t.text).toContain('herstelrecht');
  expect(t.text).toContain('Niet inzetten op straf');
  t.press('verder');
  expect(t.text).toContain('positieve benadering');
  expect(t.text).toContain('geef zo min mogelijk aandacht aan ongewenst gedrag');
  expect(t.text).toContain('wees duidelijk, consequent en voorspelbaar');
  expect(t.choices.map((c) => c.id)).toEqual(['route/dossier', 'route/pesten', 'route/klacht', 'cmd/restart']);
}

describe('grensoverschrijdend-brug (SBO de Brug)', () => {
  it('intro: incident categories, teacher first, small / bigger / externaliserend / danger', () => {
    const t = start();
    expect(t.route).toBe('grensoverschrijdend');
    expect(t.text).toContain('fysiek geweld');
    expect(t.text).toContain('(religieus) extremisme');
    expect(t.text).toContain('Incidenten worden in eerste instantie afgehandeld door jou als leraar');
    expect(t.text).toContain('Het plan zegt niet precies wat een klein of groter incident is');
    expect(t.choices.map((c) => c.id.split('/').pop())).toEqual(['klein', 'groter', 'extern', 'gevaar']);
  });

  it('small incident, solved: parents phoned the same day, then zorglogboek and herstelrecht', () => {
    const t = start();
    t.press('klein');
    expect(t.text).toContain('De ouders worden dezelfde dag telefonisch op de hoogte gebracht');
    t.press('opgelost');
    walkTail(t);
  });

  it('small incident, not solved: the director is involved (handoff)', () => {
    const t = start();
    t.press('klein');
    t.press('niet-opgelost');
    expect(t.text).toContain('wordt de directeur betrokken bij de afhandeling');
    const handoff = sendHandoff(t, 'R.S.', '8');
    expect(handoff.to).toBe('directeur');
    expect(handoff.urgency).toBe('normaal');
    walkTail(t);
  });

  it('bigger incident: parents invited for a conversation with the director', () => {
    const t = start();
    t.press('groter');
    expect(t.text).toContain('de ouders worden uitgenodigd voor een gesprek, waarbij ook de directeur aansluit');
    const handoff = sendHandoff(t, 'R.S.', '8');
    expect(handoff.to).toBe('directeur');
    expect(handoff.ask).toContain('waarbij ook de directeur aansluit');
    walkTail(t);
  });

  it('externaliserend: bestuur and (with the bestuur) the police; the plan does not say who calls the bestuur', () => {
    const t = start();
    t.press('extern');
    expect(t.text).toContain('het bestuur en (in overleg met het bestuur) de politie');
    expect(t.text).toContain('Het plan zegt niet wie het bestuur inschakelt');
    expect(t.replies[0]?.contacts?.map((c) => c.id)).toEqual(['directeur', 'bestuur']);
    const handoff = sendHandoff(t, 'R.S.', '8');
    expect(handoff.to).toBe('directeur');
    expect(handoff.urgency).toBe('hoog');
    walkTail(t);
  });

  it('direct danger switches to acuut', () => {
    const t = start();
    t.press('gevaar');
    expect(t.route).toBe('acuut');
    expect(t.phones).toContain('112');
  });

  it('English texts resolve', () => {
    const t = start('en');
    t.press('klein');
    expect(t.text).toContain('The parents are informed by phone the same day');
    t.press('opgelost');
    expect(t.text).not.toContain('{{');
  });
});
