import { describe, expect, it } from 'vitest';
import { cardIds } from '../helpers/protocol-kit.js';
import { Transcript } from '../helpers/transcript.js';

function start(locale: 'nl' | 'en' = 'nl'): Transcript {
  const t = new Transcript('sbo-de-brug', { locale });
  t.pressId('route/misbruik-door-personeel');
  return t;
}

const nationalNote = 'zoals beschreven in het plan van PROOLeiden-Leiderdorp';

describe('misbruik-door-personeel-brug (SBO de Brug, safety)', () => {
  it('first reply: report to the bestuur immediately; the director is not enough; vertrouwensinspecteur; cards', () => {
    const t = start();
    expect(t.route).toBe('misbruik-door-personeel');
    expect(t.replies).toHaveLength(1);
    const first = t.replies[0]!;
    expect(first.tone).toBe('safety');
    expect(first.text).toContain('Meld het onmiddellijk bij het bestuur');
    expect(first.text).toContain('Alleen de directeur of iemand anders van de schoolleiding informeren is NIET genoeg');
    expect(first.text).toContain('jij bent ervoor verantwoordelijk dat de informatie het bestuur bereikt');
    expect(first.text).toContain('vertrouwensinspecteur van de Inspectie van het Onderwijs (0900 - 111 3 111)');
    expect(first.text).toContain('heeft hiervoor geen eigen protocol');
    expect(first.text).toContain('wettelijke meldplicht');
    expect(first.text).not.toContain('ouders');
    expect(cardIds(t)).toEqual(['bestuur', 'vertrouwensinspecteur', 'politie-112']);
    // The bestuur card says honestly that the plan gives no contact details.
    expect(first.contacts?.[0]?.phones).toEqual([]);
    expect(first.contacts?.[0]?.missing).toContain('geen contactgegevens');
    expect(first.source).toContain('Meldplicht voor alle schoolprofessionals');
    expect(first.source).toContain(nationalNote);
    expect(first.source).toContain('het plan van SBO de Brug heeft hiervoor geen protocol');
  });

  it('walks the whole path: reaching the bestuur, no confidentiality, De Brug’s own plan, bestuur tasks, aangifte, parents', () => {
    const t = start();
    t.press('bestuur');
    expect(t.text).toContain('noemt het bestuur niet bij naam en geeft geen contactgegevens');
    expect(t.text).toContain('Vraag de gegevens aan de directeur, maar laat het daar niet bij');
    expect(t.text).toContain('Gaat het vermoeden over de directeur zelf');
    expect(t.text).toContain('Je meldplicht aan het bestuur blijft bestaan');
    expect(t.phones).toEqual(['0900 - 111 3 111']);
    expect(t.replies[0]?.source).toContain(nationalNote);

    t.press('verder');
    expect(t.text).toContain('stagiaires, uitzendkrachten, vrijwilligers en schoonmakers');
    expect(t.text).toContain('ook voor de vertrouwenspersoon');
    expect(t.text).toContain('Niemand kan zich hierbij beroepen op geheimhouding');
    expect(t.text).toContain('seksueel misbruik en seksuele intimidatie staan in de lijst van (ernstige) incidenten');
    expect(t.text).toContain('in externaliserende gevallen worden het bestuur en (in overleg met het bestuur) de politie betrokken');
    const own = t.replies.filter((r) => r.source?.startsWith('Sociaal veiligheidsplan SBO de Brug'));
    expect(own).toHaveLength(2);

    t.press('verder');
    expect(t.text).toContain('legt het vermoeden direct voor aan de vertrouwensinspecteur');
    expect(t.text).toContain('altijd verplicht aangifte te doen bij de politie');
    expect(t.text).toContain('De aangifte wordt altijd door het bestuur gedaan');
    for (const r of t.replies) expect(r.source).toContain(nationalNote);

    t.press('verder');
    expect(t.text).toContain('een ouder mag altijd zelf aangifte doen bij de politie');
    expect(t.phones).toContain('0900-8844');
    expect(t.text).toContain('De verdere afhandeling (vertrouwensinspecteur, aangifte, de betrokkenen informeren) ligt bij het bestuur');
    expect(t.choices.map((c) => c.id)).toEqual(['route/klacht', 'route/sociale-kaart', 'cmd/restart']);
    // No handoff: the case goes to the bestuur, not to the director or the IB.
    expect(t.all.some((r) => r.text.includes('Wat zijn de initialen'))).toBe(false);
  });

  it('direct danger switches to acuut', () => {
    const t = start();
    t.press('gevaar');
    expect(t.route).toBe('acuut');
    expect(t.phones).toContain('112');
  });

  it('the klacht route sends a complaint about abuse by staff here', () => {
    const t = new Transcript('sbo-de-brug');
    t.pressId('route/klacht');
    t.press('misbruik');
    expect(t.route).toBe('misbruik-door-personeel');
    expect(t.text).toContain('Meld het onmiddellijk bij het bestuur');
  });

  it('English first reply', () => {
    const t = start('en');
    const first = t.replies[0]!;
    expect(first.text).toContain('Report it to the school board (bestuur) immediately');
    expect(first.text).toContain('Informing only the director');
    expect(first.text).toContain('NOT enough');
    expect(first.text).toContain('0900 - 111 3 111');
    expect(first.text).not.toContain('{{');
  });
});
