import { describe, expect, it } from 'vitest';
import type { TriageResult } from '../../src/engine/context.js';
import { triage } from '../../src/triage/triage.js';
import { actorAmbiguity } from '../helpers/actor-ambiguity.js';
import { openHandoff } from '../helpers/protocol-kit.js';
import { Transcript } from '../helpers/transcript.js';

/** Triage that finds two routes equally likely for two sentences; real triage for the rest. */
const staffOrHome = 'een leerling zegt dat iemand haar pijn doet';
const toldOrSeen = 'ik maak me zorgen over wat een leerling over thuis zei';
function stubbed(text: string, locale: string): TriageResult {
  if (text === staffOrHome) return actorAmbiguity('disclosure');
  if (text === toldOrSeen) {
    return {
      route: 'meldcode',
      candidates: ['meldcode', 'disclosure'],
      ambiguity: {
        facet: 'source',
        options: [
          { value: 'observed', route: 'meldcode' },
          { value: 'told-by-pupil', route: 'disclosure' },
        ],
      },
    };
  }
  return triage(text, locale);
}

describe('safety ambiguity: the shared action, then one distinguishing question', () => {
  it.each(['sbo-de-brug', 'proo-leiden'])('%s: 112 at once, then "who does this?" with answers that start the protocol', (school) => {
    const t = new Transcript(school, { triage: stubbed });
    t.say(staffOrHome);
    expect(t.text).toContain('Bel 112');
    expect(t.text).toContain('Wie doet dit?');
    expect(t.choices.map((c) => c.label)).toEqual(expect.arrayContaining(['Iemand thuis (ouder, gezinslid)', 'Iemand van school (collega, stagiair, vrijwilliger)']));
    t.press('Iemand van school');
    expect(t.route).toBe('misbruik-door-personeel');
  });

  it('shows the first actions every candidate shares, and no others', () => {
    const t = new Transcript('proo-leiden', { triage: stubbed });
    t.say(staffOrHome);
    expect(t.text).not.toContain('intern begeleider of de aandachtsfunctionaris');
    expect(t.text).not.toContain('Meld het nu bij de directeur');
    const u = new Transcript('proo-leiden', { triage: stubbed });
    u.say(toldOrSeen);
    expect(u.text).toContain('Overleg vandaag nog met de intern begeleider of de aandachtsfunctionaris');
    expect(u.text).not.toContain('Ga niet eerst met de ouders praten');
    expect(u.text).toContain('Hoe weet je dit?');
    u.press('De leerling vertelde het zelf');
    expect(u.route).toBe('disclosure');
  });

  it('in English too', () => {
    const t = new Transcript('proo-leiden', { triage: stubbed, locale: 'en' });
    t.say(staffOrHome);
    expect(t.text).toContain('Call 112');
    expect(t.text).toContain('Who is doing this?');
  });

  it('interrupts an open form like any safety alarm: the form is paused, the message is no value', () => {
    const t = new Transcript('proo-leiden', { triage: stubbed });
    t.pressId('route/meldcode');
    t.pressId('route/disclosure');
    t.press('verder');
    expect(openHandoff(t)?.stage).toBe('initials');
    t.say(staffOrHome);
    expect(t.text).toContain('Bel 112');
    expect(JSON.stringify(t.session.paused)).not.toContain('pijn');
    expect(t.choices.some((c) => c.id === 'cmd/resume')).toBe(true);
  });

  it('real triage: every ambiguity it raises carries the shared action and a question with at least two routes', () => {
    for (const text of ['vermist', 'er wordt geschoten bij de school', 'ik denk dat het vandaag thuis niet veilig is voor hem']) {
      const result = triage(text, 'nl');
      if (!result.ambiguity) continue;
      const t = new Transcript('proo-leiden');
      t.say(text);
      expect(t.text).toContain('Bel 112');
      expect(new Set(result.ambiguity.options.map((o) => o.route)).size).toBeGreaterThanOrEqual(2);
    }
  });
});
