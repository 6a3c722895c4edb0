import { describe, expect, it } from 'vitest';
import { realContent } from '../helpers/content.js';
import type { Transcript } from '../helpers/transcript.js';
import { Walk } from '../helpers/walk.js';

const dialogId = 'dossier-proo';
const visited = new Set<string>();


function start(locale: 'nl' | 'en' = 'nl'): Walk {
  const t = new Walk('proo-leiden', dialogId, visited, { locale });
  t.pressId('route/dossier');
  return t;
}

const contactIds = (t: Transcript) => t.replies.flatMap((r) => r.contacts?.map((c) => c.id) ?? []);
const choiceIds = (t: Transcript) => t.choices.map((c) => c.id.split('/').pop());

const checklist = (t: Transcript) => t.replies.flatMap((r) => r.checklist?.items.map((i) => i.label) ?? []);

describe('dossier-proo (PROOLeiden-Leiderdorp)', () => {
  it('intro: all signs of social unsafety briefly and factually in ParnasSys, AVG-conform', () => {
    const t = start();
    expect(t.route).toBe('dossier');
    expect(t.text).toContain('kort, feitelijk en inzichtelijk vastgelegd in ParnasSys, conform de AVG');
    expect(choiceIds(t)).toEqual(['vastleggen', 'inzage', 'meldcode', 'advies']);
  });

  it('what to record, who records, the tips, advice, and a note template with only the plan’s fields', () => {
    const t = start();
    t.press('vastleggen');
    expect(checklist(t)).toEqual([
      'Datum, plaats, situatie en overige aanwezigen (i.v.m. privacy alleen initialen)',
      'Welke signalen je feitelijk constateert',
      'Contacten die over deze signalen zijn geweest met de leerling, ouders/verzorgers en andere betrokkenen',
      'Afspraken met de leerling, ouders/verzorgers en andere betrokkenen om gedrag bij te sturen of zorgen te verminderen',
      'Stappen die worden genomen als afspraken niet worden nageleefd',
    ]);
    expect(t.text).toContain('door de leerkracht van die leerling in ParnasSys verwerkt');
    expect(t.text).toContain('Elk signaal is te herleiden naar de schoolprofessional die het afgaf');
    t.press('verder');
    const tips = checklist(t);
    expect(tips).toHaveLength(8);
    expect(tips[0]).toBe('Beschrijf gedrag of uitspraken zo feitelijk mogelijk.');
    expect(tips).toContain('Vul ontbrekende informatie niet zelf in en trek geen conclusies die niet feitelijk onderbouwd zijn.');
    expect(tips.at(-1)).toContain('Geeft de bron daarvoor geen toestemming, dan kan de informatie niet worden vastgelegd');
    expect(t.text).toContain('Begeleiding bij dossiervorming: de intern begeleider');
    expect(t.text).toContain('aandachtsfunctionaris, Helen Berendsen (071 572 4242)');
    expect(contactIds(t)).toEqual(['intern-begeleider', 'helen-berendsen']);
    expect(choiceIds(t)).toEqual(['sjabloon', 'inzage', 'meldcode']);
    t.press('sjabloon');
    const template = t.replies[0]!.text;
    expect(template.split('\n')).toEqual([
      'Datum: …',
      'Plaats: …',
      'Situatie: …',
      'Aanwezigen (alleen initialen): …',
      'Gesignaleerd door: …',
      'Feitelijke signalen (wat zag of hoorde je letterlijk?): …',
      'Bron (bij informatie van derden): …',
      'Contacten over deze signalen (leerling, ouders/verzorgers, anderen): …',
      'Afspraken (om gedrag bij te sturen of zorgen te verminderen): …',
      'Vervolg als afspraken niet worden nageleefd: …',
    ]);
    expect(template).not.toMatch(/naam/i);
    expect(t.text).toContain('kopieer het naar ParnasSys');
    expect(t.text).toContain('ouders/verzorgers kunnen ParnasSys inzien');
    expect(t.choices.map((c) => c.id)).toEqual(['route/meldcode', 'route/grensoverschrijdend', 'cmd/restart']);
  });

  it('parents: inzage, correction by written request answered within 4 weeks, zienswijze, signing for ‘gezien’', () => {
    const t = start();
    t.press('inzage');
    expect(t.text).toContain('altijd het recht het leerlingdossier in te zien');
    expect(t.text).toContain('meestal een afspraak gepland');
    expect(t.text).toContain('aantoonbaar onjuist');
    expect(t.text).toContain('schriftelijk verzoek');
    expect(t.text).toContain('binnen 4 weken na ontvangst schriftelijk');
    expect(t.text).toContain('Een weigering moet gemotiveerd worden');
    expect(t.text).toContain('zienswijze laten toevoegen');
    expect(t.text).toContain("tekenen voor 'gezien'");
    expect(t.text).toContain('Het plan zegt niet wie binnen de school een inzage- of wijzigingsverzoek afhandelt');
    expect(contactIds(t)).toEqual(['intern-begeleider']);
    expect(t.choices.map((c) => c.id)).toEqual(['route/dossier', 'route/klacht', 'cmd/restart']);
  });

  it('advice first, then the parents’ rights', () => {
    const t = start();
    t.press('advies');
    expect(contactIds(t)).toEqual(['intern-begeleider', 'helen-berendsen']);
    t.press('inzage');
    expect(t.text).toContain('binnen 4 weken');
  });

  it('dossier meldcode: kept by the intern begeleider, with what the plan lists; Wet meldcode before AVG', () => {
    const t = start();
    t.press('meldcode');
    expect(t.text).toContain('voegt de intern begeleider alle dossiervorming over de leerling samen in een dossier meldcode');
    const items = checklist(t);
    expect(items).toHaveLength(9);
    expect(items).toContain('Ook de gegevens die de signalen tegenspreken');
    expect(items).toContain('Of er een risicotaxatie-instrument is gebruikt, en zo ja welk');
    expect(items.at(-1)).toContain('onterecht');
    expect(t.text).toContain('De Wet meldcode gaat voor de AVG');
    expect(t.text).toContain('aandachtsfunctionaris, Helen Berendsen');
    expect(contactIds(t)).toEqual(['intern-begeleider', 'helen-berendsen']);
    expect(t.choices.map((c) => c.id)).toEqual(['route/meldcode', 'cmd/restart']);
  });

  it('advice → dossier meldcode', () => {
    const t = start();
    t.press('advies');
    t.press('meldcode');
    expect(t.text).toContain('dossier meldcode');
  });

  it('English texts resolve', () => {
    const t = start('en');
    t.press('vastleggen');
    expect(checklist(t)[0]).toContain('initials only');
    t.press('verder');
    t.press('sjabloon');
    expect(t.replies[0]!.text).toContain('Datum (date): …');
  });

  it('every step of the dialog was walked', () => {
    const dialog = realContent().content.dialogs.get(dialogId)!;
    expect([...visited].sort()).toEqual(Object.keys(dialog.steps).sort());
  });
});
