import { describe, expect, it } from 'vitest';
import { cardIds, openHandoff } from '../helpers/protocol-kit.js';
import { Transcript } from '../helpers/transcript.js';

/** The kindcheck at PROOLeiden-Leiderdorp: what it is, and what follows as the plan describes it. */
const school = 'proo-leiden';

function toConversation(locale: 'nl' | 'en' = 'nl'): Transcript {
  const t = new Transcript(school, { locale });
  t.pressId('route/kindcheck');
  t.press('intro/kindcheck');
  return t;
}

describe('kindcheck-proo', () => {
  it('opens with when the plan does a kindcheck and the aandachtsfunctionaris to consult', () => {
    const t = new Transcript(school);
    t.pressId('route/kindcheck');
    for (const risk of ['depressie', 'verslaving', 'huisuitzetting', 'geweld bij een scheiding']) expect(t.text).toContain(risk);
    expect(t.text).toContain('Helen Berendsen');
    expect(cardIds(t)).toEqual(['helen-berendsen']);
    expect(t.choices.map((c) => c.id)).toEqual(['kindcheck-proo/intro/kindcheck', 'kindcheck-proo/intro/onveilig', 'kindcheck-proo/intro/gevaar']);
  });

  it('the kindcheck itself: teacher (possibly with the aandachtsfunctionaris) and parent(s) check all children the parent cares for', () => {
    const t = toConversation();
    expect(t.text).toContain('eventueel in overleg met de aandachtsfunctionaris, Helen Berendsen');
    expect(t.text).toContain('alle kinderen waar de ouder voor zorgt');
    expect(t.text).toContain('voldoende veiligheid, verzorging en zorg');
    expect(t.text).toContain('of dat er meer hulp gewenst is');
    expect(t.text).toContain('geen leerling zijn op deze school');
    expect(t.choices.map((c) => c.id)).toEqual(['kindcheck-proo/gesprek/lukt', 'kindcheck-proo/gesprek/hulp', 'kindcheck-proo/gesprek/signalen']);
  });

  it('it works: record in ParnasSys and keep watching', () => {
    const t = toConversation();
    t.press('gesprek/lukt');
    expect(t.text).toContain('ParnasSys');
    expect(t.text).toContain('volg je de stappen van de meldcode');
    expect(t.choices.map((c) => c.id)).toContain('route/dossier');
  });

  it('more help wanted: the sociale kaart partners as the plan describes them, then the IB and the meldcode on offer', () => {
    const t = toConversation();
    t.press('gesprek/hulp');
    expect(t.text).toContain('Jeugdteam Leidse regio: het eerste contact rondom zorg');
    expect(t.text).toContain('Centrum voor Jeugd en Gezin (CJG): advies over opgroeien en opvoeden');
    expect(t.text).toContain('Sociaal wijkteam');
    expect(t.text).toContain('schulden');
    expect(t.text).toContain('huisvesting');
    expect(t.text).toContain('in overleg met de ouder(s) besloten');
    expect(cardIds(t)).toEqual(['jeugdteam', 'cjg', 'sociaal-wijkteam', 'intern-begeleider']);
    expect(t.phones).toEqual(expect.arrayContaining(['088 - 254 23 84', '14 071']));
    expect(t.choices.map((c) => c.id)).toEqual(expect.arrayContaining(['route/meldcode', 'route/sociale-kaart']));
  });

  it('signals of domestic violence or child abuse: switches to the meldcode', () => {
    const t = toConversation();
    t.press('gesprek/signalen');
    expect(t.text).toContain('volg je de stappen van de meldcode');
    expect(t.session.route).toBe('meldcode');
    expect(t.session.dialogId).toBe('meldcode-proo');
  });

  it('a conversation with the parent could endanger the pupil: no kindcheck conversation, consult the IB/aandachtsfunctionaris, handoff', () => {
    const t = new Transcript(school);
    t.pressId('route/kindcheck');
    t.press('intro/onveilig');
    expect(t.text).toContain('zonder vooroverleg een melding worden gedaan');
    expect(t.text).toContain('Voer het kindcheckgesprek dan niet');
    expect(cardIds(t)).toEqual(['helen-berendsen', 'intern-begeleider', 'veilig-thuis']);
    // F17: equivalent to disclosure (acute onveiligheid): urgency acuut.
    expect(openHandoff(t)).toMatchObject({ to: 'ib', urgency: 'acuut' });
    t.say('Q.Z.');
    t.say('5');
    t.pressId('handoff/send');
    expect(t.effects.find((e) => e.type === 'handoff')?.handoff).toMatchObject({ to: 'ib', urgency: 'acuut', route: 'kindcheck' });
    expect(t.choices.map((c) => c.id)).toContain('route/meldcode');
  });

  it('direct danger switches to acute onveiligheid', () => {
    const t = new Transcript(school);
    t.pressId('route/kindcheck');
    t.press('intro/gevaar');
    expect(t.session.route).toBe('acuut');
  });

  it('English texts', () => {
    const t = toConversation('en');
    expect(t.text).toContain('all children the parent cares for');
    t.press('gesprek/hulp');
    expect(t.text).toContain('Jeugdteam Leidse regio');
  });
});
