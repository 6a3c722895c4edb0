import { describe, expect, it } from 'vitest';
import { Transcript } from '../helpers/transcript.js';

function start(locale: 'nl' | 'en' = 'nl'): Transcript {
  const t = new Transcript('sbo-de-brug', { locale });
  t.pressId('route/dossier');
  return t;
}

function expectTemplate(t: Transcript): void {
  expect(t.text).toContain('Sjabloon om te plakken');
  expect(t.text).toContain('Leerling: [initialen] — groep [..]');
  expect(t.text).toContain('Startdatum:');
  expect(t.text).toContain('Ingevuld door:');
  expect(t.text).toContain('zo concreet/feitelijk mogelijk');
  expect(t.text).toContain('Uitspraken van het kind');
  expect(t.text).toContain('Uitspraken van de ouders');
  expect(t.text).toContain('Uitspraken van andere kinderen of volwassenen');
  expect(t.text).not.toMatch(/naam/i);
  expect(t.choices.map((c) => c.id)).toEqual(['route/dossier', 'route/meldcode', 'route/pesten', 'cmd/restart']);
}

describe('dossier-brug (SBO de Brug)', () => {
  it('intro offers the zorglogboek, format meldcode, pestprotocol, monitoring and inzage', () => {
    const t = start();
    expect(t.route).toBe('dossier');
    expect(t.text).toContain('zorglogboek');
    expect(t.choices.map((c) => c.id.split('/').pop())).toEqual(['incident', 'meldcode', 'pesten', 'monitoring', 'inzage']);
  });

  it('zorglogboek: teacher registers; zorgteam weekly; director yearly; then the template', () => {
    const t = start();
    t.press('incident');
    expect(t.text).toContain('Een incident wordt geregistreerd als jij inschat dat het werkelijk een incident is, of na een officiële klacht');
    expect(t.text).toContain('analyseert wekelijks');
    expect(t.text).toContain('De directeur analyseert jaarlijks');
    expectTemplate(t);
  });

  it('format meldcode: concrete/factual, signals and remarks; then the template', () => {
    const t = start();
    t.press('meldcode');
    expect(t.text).toContain('zo concreet en feitelijk mogelijk');
    expect(t.text).toContain('uitspraken die het kind of de ouders doen');
    expect(t.text).toContain('uitspraken die andere kinderen of volwassenen over de thuissituatie');
    expectTemplate(t);
  });

  it('pestprotocol: the groepsleerkracht describes the actions in the zorglogboek; then the template', () => {
    const t = start();
    t.press('pesten');
    expect(t.text).toContain('verantwoordelijk voor de beschrijving van de acties in het zorglogboek');
    expectTemplate(t);
  });

  it('monitoring: Kwink, ParnasSys/ZIEN with Veiligheidsbeleving, kindgesprekken', () => {
    const t = start();
    t.press('monitoring');
    expect(t.text).toContain('Kwink');
    expect(t.text).toContain('ParnasSys, onderdeel ZIEN');
    expect(t.text).toContain('Veiligheidsbeleving');
    expect(t.text).toContain('kindgesprekken');
  });

  it('inzage: the plan is silent; no rules imported from another plan', () => {
    const t = start();
    t.press('inzage');
    expect(t.text).toContain('beschrijft niet of en hoe ouders het dossier of het zorglogboek kunnen inzien');
    expect(t.text).not.toMatch(/AVG|PROO|termijn|weken/);
    expect(t.replies[0]?.contacts?.map((c) => c.id)).toEqual(['intern-begeleider', 'directeur']);
  });

  it('English template', () => {
    const t = start('en');
    t.press('incident');
    expect(t.text).toContain('Pupil: [initials] — group [..]');
    expect(t.text).not.toContain('{{');
  });
});
