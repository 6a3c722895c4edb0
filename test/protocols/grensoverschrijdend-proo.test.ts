import { sendHandoff } from '../helpers/protocol-kit.js';
import { describe, expect, it } from 'vitest';
import { realContent } from '../helpers/content.js';
import type { Transcript } from '../helpers/transcript.js';
import { Walk } from '../helpers/walk.js';

const dialogId = 'grensoverschrijdend-proo';
const visited = new Set<string>();


function start(locale: 'nl' | 'en' = 'nl'): Walk {
  const t = new Walk('proo-leiden', dialogId, visited, { locale });
  t.pressId('route/grensoverschrijdend');
  return t;
}

const contactIds = (t: Transcript) => t.replies.flatMap((r) => r.contacts?.map((c) => c.id) ?? []);
const choiceIds = (t: Transcript) => t.choices.map((c) => c.id.split('/').pop());

/** Fills the handoff form (initials, group, no note) and sends it. */

/** From the start to the choice of Actie 1–5. */
function toActions(): Walk {
  const t = start();
  t.press('gedrag');
  t.press('grens');
  return t;
}

describe('grensoverschrijdend-proo (PROOLeiden-Leiderdorp)', () => {
  it('intro: well-being of all pupils; behaviour, Vlaggensysteem, pesten or sexting', () => {
    const t = start();
    expect(t.route).toBe('grensoverschrijdend');
    expect(t.text).toContain("protocol 'ongewenst en grensoverschrijdend gedrag'");
    expect(t.text).toContain('ook van de leerling die het gedrag vertoont');
    expect(choiceIds(t)).toEqual(['gedrag', 'vlaggen', 'pesten', 'sexting']);
  });

  it('ongewenst vs grensoverschrijdend: unwanted behaviour that stops needs no consequences', () => {
    const t = start();
    t.press('gedrag');
    expect(t.text).toContain('Ongewenst gedrag (lichter)');
    expect(t.text).toContain('grof taalgebruik, (seksuele) intimidatie, pesten, vernieling en/of fysiek geweld');
    expect(choiceIds(t)).toEqual(['ongewenst', 'grens', 'twijfel']);
    t.press('ongewenst');
    expect(t.text).toContain('geen verdere consequenties');
    t.press('stopt');
    expect(t.text).toContain('spreekt het protocol van grensoverschrijdend gedrag');
    expect(t.choices.map((c) => c.id)).toEqual(['route/grensoverschrijdend', 'route/dossier', 'cmd/restart']);
  });

  it('unwanted behaviour that keeps repeating becomes grensoverschrijdend: the aanpak, always in ParnasSys, order may be departed from', () => {
    const t = start();
    t.press('gedrag');
    t.press('ongewenst');
    t.press('herhaalt');
    expect(t.text).toContain('zorg voor een veilige situatie voor de betrokkenen, begrens het gedrag');
    expect(t.text).toContain('Grensoverschrijdende gedragingen worden altijd vastgelegd in ParnasSys');
    expect(t.text).toContain('in het belang van de leerling(en) mag je, naar jouw inschatting als schoolprofessional, van de volgorde afwijken');
    expect(choiceIds(t)).toEqual(['actie1', 'actie2', 'actie3', 'actie4', 'actie5']);
  });

  it('Actie 1: the pupil says stop or asks for help; solved → record in ParnasSys', () => {
    const t = toActions();
    t.press('actie1');
    expect(t.text).toContain('"Ik vind dit vervelend, wil je ermee stoppen?"');
    expect(t.text).toContain('legt de leerling het aan de leerkracht voor of roept andere hulp in');
    expect(t.text).toContain('even op de gang wil afkoelen');
    t.press('opgelost');
    expect(t.text).toContain('grensoverschrijdende gedragingen worden altijd vastgelegd');
    expect(t.choices.map((c) => c.id)).toEqual(['route/dossier', 'route/sociale-kaart', 'cmd/restart']);
  });

  it('Actie 1 → 2 → 3 → 4 (IB takes over) → 5 (schorsen en verwijderen is not in the plan: director)', () => {
    const t = toActions();
    t.press('actie1');
    t.press('verder');
    expect(t.text).toContain('Actie 2 — Leerkracht en leerling(en) zoeken samen een oplossing');
    expect(t.text).toContain('pedagogische maatregel');
    expect(t.text).toContain('meelopers en zwijgende leerlingen');
    expect(t.text).toContain('Breng de ouders/verzorgers zo snel mogelijk op de hoogte');
    expect(t.text).toContain('verslag in ParnasSys');
    t.press('aanhoudend');
    expect(t.text).toContain('Actie 3 — School en ouders/verzorgers werken samen');
    expect(t.text).toContain('meer normerend op');
    expect(t.text).toContain('concrete afspraken');
    expect(contactIds(t)).toEqual(['intern-begeleider', 'jan-diebels']);
    t.press('niet-verbeterd');
    expect(t.text).toContain('Actie 4 — Ondersteuningstraject');
    expect(t.text).toContain('draag je de zorg voor de leerling over aan de intern begeleider');
    expect(t.text).toContain('initialen van de leerling');
    const toIb = sendHandoff(t, 'A.B.', '6');
    expect(toIb).toMatchObject({ to: 'ib', urgency: 'normaal', route: 'grensoverschrijdend', pupil: { initials: 'A.B.', group: '6' } });
    expect(toIb?.ask).toContain('actie 4');
    expect(choiceIds(t)).toEqual(['ingezet', 'ernstig']);
    t.press('ernstig');
    expect(t.text).toContain('Actie 5 — Time-out, schorsen en verwijderen');
    expect(t.text).toContain("protocol 'schorsen en verwijderen'");
    expect(t.text).toContain('dat protocol staat niet in het veiligheidsplan');
    expect(t.text).toContain('Ik verzin de stappen niet');
    expect(t.text).toContain('Jan Diebels (071 572 4242)');
    expect(t.phones).toContain('071 572 4242');
    const toDirector = sendHandoff(t, 'A.B.', '6');
    expect(toDirector).toMatchObject({ to: 'directeur', urgency: 'normaal', route: 'grensoverschrijdend' });
    expect(toDirector?.ask).toContain("'schorsen en verwijderen'");
    expect(t.text).toContain('altijd vastgelegd');
    expect(t.choices.map((c) => c.id)).toEqual(['route/dossier', 'route/sociale-kaart', 'cmd/restart']);
  });

  it('Actie 2 for the whole class: a plan with directie and intern begeleider, shared with parents', () => {
    const t = toActions();
    t.press('actie2');
    t.press('groep');
    expect(t.text).toContain('directie (Jan Diebels) en de intern begeleider een plan op');
    expect(t.text).toContain('aan de ouders/verzorgers kenbaar gemaakt');
    expect(contactIds(t)).toEqual(['jan-diebels', 'intern-begeleider']);
    t.press('opgelost');
    expect(t.text).toContain('altijd vastgelegd');
  });

  it('the group plan does not work: on to Actie 3; Actie 3 and Actie 2 can each be closed as solved', () => {
    const t = toActions();
    t.press('actie2');
    t.press('groep');
    t.press('aanhoudend');
    expect(t.text).toContain('Actie 3');
    t.press('opgelost');
    expect(t.text).toContain('altijd vastgelegd');
    const t2 = toActions();
    t2.press('actie2');
    t2.press('opgelost');
    expect(t2.text).toContain('altijd vastgelegd');
  });

  it('in the interest of the pupil the teacher may start at Actie 4 or 5 directly', () => {
    const t = toActions();
    t.press('actie4');
    expect(t.text).toContain('Actie 4');
    t.pressId('handoff/cancel');
    expect(choiceIds(t)).toEqual(['ingezet', 'ernstig']);
    t.press('ingezet');
    expect(t.text).toContain('altijd vastgelegd');
    const t5 = toActions();
    t5.press('actie5');
    expect(t5.text).toContain('schorsen en verwijderen');
    expect(contactIds(t5)).toEqual(['jan-diebels']);
  });

  it('Vlaggensysteem: all six criteria fine → no correction prescribed; IB for advice', () => {
    const t = start();
    t.press('vlaggen');
    expect(t.text).toContain('zes criteria');
    const criteria = ['Wederzijdse toestemming', 'Vrijwilligheid', 'Gelijkwaardigheid', 'Ontwikkelingsadequaat', 'Contextadequaat', 'Zelfrespect'];
    criteria.forEach((name, i) => {
      expect(t.text).toContain(`Criterium ${i + 1} van 6 — ${name}`);
      t.press('in-orde');
    });
    expect(t.text).toContain('Geen van de zes criteria wordt overschreden');
    expect(contactIds(t)).toEqual(['intern-begeleider']);
    expect(t.choices.map((c) => c.id)).toEqual(['route/dossier', 'cmd/restart']);
  });

  it('Vlaggensysteem: any one criterion crossed → steer towards desired behaviour via Actie 1–5', () => {
    for (let crossed = 0; crossed < 6; crossed++) {
      const t = start();
      t.press('gedrag');
      t.press('twijfel');
      for (let i = 0; i < crossed; i++) t.press('in-orde');
      t.press('overschreden');
      expect(t.text).toContain('Minstens één criterium wordt overschreden');
      expect(t.text).toContain('indien nodig, consequenties');
      t.press('aanpak');
      expect(choiceIds(t)).toEqual(['actie1', 'actie2', 'actie3', 'actie4', 'actie5']);
    }
  });

  it('pesten: the plan names the protocol bij pesten but does not contain it (pestcoördinator, vertrouwenspersoon)', () => {
    const t = start();
    t.press('pesten');
    expect(t.route).toBe('pesten');
    expect(t.text).toContain("'Protocol bij pesten'");
    expect(t.text).toContain('Ik verzin geen stappen');
    expect(contactIds(t)).toEqual(['sylvia-frankhuizen', 'soraya-de-la-rie']);
  });

  it('sexting follows its own stappenplan: switches to route sexting', () => {
    const t = start();
    t.press('sexting');
    expect(t.route).toBe('sexting');
    expect(t.text).toContain('vorm van seksueel grensoverschrijdend gedrag');
    expect(t.text).toContain('extern stappenplan');
  });

  it('English texts resolve', () => {
    const t = start('en');
    t.press('gedrag');
    t.press('grens');
    expect(t.text).toContain('always recorded in ParnasSys');
    t.press('actie5');
    expect(t.text).toContain('Jan Diebels');
    expect(t.text).toContain('not in the safety plan');
  });

  it('every step of the dialog was walked', () => {
    const dialog = realContent().content.dialogs.get(dialogId)!;
    expect([...visited].sort()).toEqual(Object.keys(dialog.steps).sort());
  });
});
