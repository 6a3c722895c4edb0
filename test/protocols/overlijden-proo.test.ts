import { sendHandoff } from '../helpers/protocol-kit.js';
import { describe, expect, it } from 'vitest';
import { realContent } from '../helpers/content.js';
import type { Transcript } from '../helpers/transcript.js';
import { Walk } from '../helpers/walk.js';

const dialogId = 'overlijden-proo';
const visited = new Set<string>();


function start(locale: 'nl' | 'en' = 'nl'): Walk {
  const t = new Walk('proo-leiden', dialogId, visited, { locale });
  t.pressId('route/overlijden');
  return t;
}

const contactIds = (t: Transcript) => t.replies.flatMap((r) => r.contacts?.map((c) => c.id) ?? []);
const choiceIds = (t: Transcript) => t.choices.map((c) => c.id.split('/').pop());


const items = (t: Transcript) => t.replies.flatMap((r) => r.checklist?.items.map((i) => i.label) ?? []);

describe('overlijden-proo (PROOLeiden-Leiderdorp)', () => {
  it('intro: quick, tactful, weighed response; a summary of the GGD HM handreiking; step 1 check the news', () => {
    const t = start();
    expect(t.route).toBe('overlijden');
    expect(t.text).toContain('Reageer snel, tactvol en weloverwogen');
    expect(t.text).toContain("handreiking 'Als de dood ingrijpt…' van de GGD Hollands Midden");
    expect(t.text).toContain('https://www.cjgprof.nl/pagina/toolkit-/protocollen/664506');
    expect(t.text).toContain('7 stappen');
    expect(t.text).toContain('Stap 1 — Ga na of het bericht klopt');
    expect(choiceIds(t)).toEqual(['klopt', 'onjuist']);
  });

  it('the 7 steps: sleuteltrio with handoff to the director, actions checklist, funeral, individual support, admin, evaluation', () => {
    const t = start();
    t.press('klopt');
    expect(t.text).toContain("Stap 2 — Stel een 'sleuteltrio' samen");
    expect(t.text).toContain('de directeur (Jan Diebels), de groepsleerkracht en een vertegenwoordiger van de ouderraad');
    expect(contactIds(t)).toEqual(['jan-diebels', 'intern-begeleider']);
    const handoff = sendHandoff(t, 'P.Q.', '3');
    expect(handoff).toMatchObject({ to: 'directeur', urgency: 'hoog', route: 'overlijden' });
    expect(handoff?.ask).toContain('sleuteltrio');
    expect(t.text).toContain('Stap 3 — Het sleuteltrio onderneemt actie');
    expect(items(t)).toEqual([
      'Informeren en opvangen van leerlingen en schoolpersoneel',
      'Regelen van organisatorische aanpassingen',
      'Inrichten van een herinneringsplek',
      'Contact met de ouders/verzorgers/familieleden van de overledene',
      'Informeren van alle ouders/verzorgers',
      'Informeren van diverse instellingen',
    ]);
    t.press('verder');
    expect(t.text).toContain('Stap 4 — Begeleiding tussen overlijden en uitvaart');
    expect(t.text).toContain('condoleancebezoek');
    t.press('verder');
    expect(t.text).toContain('Stap 5 — Individuele begeleiding');
    expect(t.text).toContain('Een luisterend oor en oprechte aandacht zijn veel waard');
    t.press('verder');
    expect(t.text).toContain('Stap 6 — Administratieve zaken regelen');
    expect(t.text).toContain('uit de officiële registers');
    t.press('verder');
    expect(t.text).toContain('Stap 7 — Terugkijken en evalueren');
    expect(t.text).toContain('ongeveer een maand na de uitvaart');
    expect(t.text).toContain('wie namens de school nog een tijd contact houdt');
    expect(t.choices.map((c) => c.id)).toEqual(['route/calamiteit', 'route/sociale-kaart', 'cmd/restart']);
  });

  it('the director can skip the handoff and continue', () => {
    const t = start();
    t.press('klopt');
    t.pressId('handoff/cancel');
    expect(t.text).toContain('Stap 3');
  });

  it('a false report: the plan does not say what to do next; no invented steps', () => {
    const t = start();
    t.press('onjuist');
    expect(t.text).toContain('valse melding');
    expect(t.text).toContain('beschrijft het plan niet');
    expect(t.text).toContain('Ik verzin daar geen stappen voor');
    expect(contactIds(t)).toEqual(['jan-diebels']);
    expect(t.choices.map((c) => c.id)).toEqual(['cmd/restart']);
  });

  it('English texts resolve', () => {
    const t = start('en');
    expect(t.text).toContain('Als de dood ingrijpt');
    t.press('klopt');
    expect(t.text).toContain('key trio');
    expect(t.text).toContain('Jan Diebels');
  });

  it('every step of the dialog was walked', () => {
    const dialog = realContent().content.dialogs.get(dialogId)!;
    expect([...visited].sort()).toEqual(Object.keys(dialog.steps).sort());
  });
});
