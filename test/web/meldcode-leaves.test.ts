import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpChat } from '../helpers/http-chat.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * Walks every leaf of the afwegingskader for both schools through POST
 * /api/chat and checks the advice at each leaf against the plan: the Veilig
 * Thuis number, who reports, and what to record.
 */
let app: TestApp;
let conversation = 0;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

async function toAfweging(schoolId: string, path: string[]): Promise<HttpChat> {
  const chat = new HttpChat(app.url, schoolId, `leaf-${++conversation}`);
  await chat.pressId('route/meldcode');
  for (const step of path) {
    if (step === 'handoff') await chat.completeHandoff();
    else await chat.press(step);
  }
  return chat;
}

describe('PROO meldcode: every leaf of the afwegingskader', () => {
  const toWeighing = ['signalen', 'gedaan', 'gedaan', 'blijft', 'handoff'];
  const meldingTail = (all: string) => {
    expect(all).toContain('de intern begeleider doet de melding in samenspraak met de directeur, Jan Diebels');
    expect(all).toContain('uit naam van de directeur');
    expect(all).toContain('dossier meldcode');
    expect(all).toContain('Overleg dat altijd van tevoren met Veilig Thuis');
  };

  it('vermoeden: nee → close the meldcode file and keep monitoring', async () => {
    const chat = await toAfweging('proo-leiden', [...toWeighing, 'afweging-vermoeden/nee']);
    expect(chat.text).toContain('leg het meldcodedossier vast en sluit het');
    expect(chat.text).toContain('Blijf de zorg monitoren');
    expect(chat.choices.map((c) => c.id)).toContain('route/dossier');
  });

  it('veiligheid: ja of twijfel → report now (meldnorm 1), CIT as option with its two conditions', async () => {
    const chat = await toAfweging('proo-leiden', [...toWeighing, 'afweging-vermoeden/ja', 'afweging-veiligheid/ja-twijfel']);
    expect(chat.text).toContain('Doe direct een melding bij Veilig Thuis Hollands Midden: 0800 - 2000');
    expect(chat.text).toContain('meldnorm 1');
    // F20: both CIT numbers with the labels the plan prints.
    expect(chat.text).toContain('088 3083800 (kantoortijden) / 088 9004000 (buiten kantoortijden)');
    expect(chat.text).toContain('ouders/verzorgers open staan voor samenwerking');
    expect(chat.text).toContain('geen andere hulpverlening in het gezin');
    expect(chat.phones).toEqual(expect.arrayContaining(['0800 - 2000', '088 3083800', '088 9004000']));
    meldingTail(chat.text);
  });

  it('hulp: nee → report (meldnorm 2); Veilig Thuis decides within 5 working days', async () => {
    const chat = await toAfweging('proo-leiden', [...toWeighing, 'afweging-vermoeden/ja', 'afweging-veiligheid/nee', 'afweging-hulp/nee']);
    expect(chat.text).toContain('0800 - 2000');
    expect(chat.text).toContain('meldnorm 2');
    expect(chat.text).toContain('binnen 5 werkdagen');
    meldingTail(chat.text);
  });

  it('hulp accepteren: nee → report', async () => {
    const chat = await toAfweging('proo-leiden', [
      ...toWeighing, 'afweging-vermoeden/ja', 'afweging-veiligheid/nee', 'afweging-hulp/ja', 'afweging-accepteren/nee',
    ]);
    expect(chat.text).toContain('Doe direct een melding bij Veilig Thuis Hollands Midden: 0800 - 2000');
    meldingTail(chat.text);
  });

  it('resultaat: nee → report (meldnorm 3)', async () => {
    const chat = await toAfweging('proo-leiden', [
      ...toWeighing, 'afweging-vermoeden/ja', 'afweging-veiligheid/nee', 'afweging-hulp/ja', 'afweging-accepteren/ja',
    ]);
    expect(chat.text).toContain('De intern begeleider is casemanager');
    await chat.press('termijn/al-voorbij');
    await chat.press('afweging-resultaat/nee');
    expect(chat.text).toContain('meldnorm 3');
    expect(chat.text).toContain('0800 - 2000');
    meldingTail(chat.text);
  });

  it('resultaat: ja → close the help with monitoring agreements', async () => {
    const chat = await toAfweging('proo-leiden', [
      ...toWeighing, 'afweging-vermoeden/ja', 'afweging-veiligheid/nee', 'afweging-hulp/ja', 'afweging-accepteren/ja', 'termijn/al-voorbij', 'afweging-resultaat/ja',
    ]);
    expect(chat.text).toContain('Maak afspraken over het monitoren van de veiligheid van alle betrokkenen en sluit de hulp af');
    expect(chat.text).toContain('nazorgtraject');
  });

  it('a parent conversation that could endanger the pupil: no conversation, straight to the IB', async () => {
    const chat = await toAfweging('proo-leiden', ['signalen', 'gedaan', 'gedaan', 'onveilig']);
    expect(chat.text).toContain('Ga dus niet met de ouders in gesprek');
    expect(chat.contactNames).toEqual(expect.arrayContaining(['Helen Berendsen', 'Veilig Thuis Hollands Midden']));
  });

  it('disclosure at the first question switches to the disclosure route', async () => {
    const chat = await toAfweging('proo-leiden', ['verteld']);
    expect(chat.route).toBe('disclosure');
  });
});

describe('De Brug meldcode: every leaf of the afwegingskader', () => {
  const toWeighing = ['signalen', 'gedaan', 'gedaan', 'gevoerd'];
  const meldingTail = (all: string) => {
    expect(all).toContain('de intern begeleider doet de melding bij Veilig Thuis Zeeland (0800-2000, Westwal 37, 4461 CM Goes, info@veiligthuiszeeland.nl)');
    expect(all).toContain('De ouders worden hier altijd over geïnformeerd');
    expect(all).toContain('format meldcode');
    expect(all).toContain('schriftelijke terugkoppeling');
  };

  it('vermoeden: geen actie → recorded in the file, case closed', async () => {
    const chat = await toAfweging('sbo-de-brug', [...toWeighing, 'afweging-vermoeden/geen-actie']);
    expect(chat.text).toContain('Dit wordt in het dossier vastgelegd en de casus wordt afgerond');
  });

  it('veiligheid: ja of twijfel → direct (anonymous) report by phone; questions 3–5 with Veilig Thuis', async () => {
    const chat = await toAfweging('sbo-de-brug', [...toWeighing, 'afweging-vermoeden/sterk-vermoeden', 'afweging-veiligheid/ja-twijfel']);
    expect(chat.text).toContain('Doe direct (telefonisch, eventueel anoniem) een melding bij Veilig Thuis Zeeland: 0800-2000');
    expect(chat.text).toContain('De afwegingsvragen 3 tot en met 5 worden met Veilig Thuis doorlopen');
    expect(chat.phones).toContain('0800-2000');
    meldingTail(chat.text);
  });

  it('hulp: nee → report; Veilig Thuis decides within 5 working days', async () => {
    const chat = await toAfweging('sbo-de-brug', [...toWeighing, 'afweging-vermoeden/sterk-vermoeden', 'afweging-veiligheid/nee', 'afweging-hulp/nee']);
    expect(chat.text).toContain('binnen 5 werkdagen een besluit');
    meldingTail(chat.text);
  });

  it('hulp accepteren: nee → report', async () => {
    const chat = await toAfweging('sbo-de-brug', [
      ...toWeighing, 'afweging-vermoeden/sterk-vermoeden', 'afweging-veiligheid/nee', 'afweging-hulp/ja', 'afweging-accepteren/nee',
    ]);
    expect(chat.text).toContain('De betrokkenen handelen niet volgens afspraak');
    meldingTail(chat.text);
  });

  it('resultaat: nee → report; ja → close with monitoring agreements', async () => {
    const path = [...toWeighing, 'afweging-vermoeden/sterk-vermoeden', 'afweging-veiligheid/nee', 'afweging-hulp/ja', 'afweging-accepteren/ja', 'termijn/al-voorbij'];
    const no = await toAfweging('sbo-de-brug', [...path, 'afweging-resultaat/nee']);
    expect(no.text).toContain('De hulp leidt niet tot de afgesproken resultaten');
    meldingTail(no.text);
    const yes = await toAfweging('sbo-de-brug', [...path, 'afweging-resultaat/ja']);
    expect(yes.text).toContain('Sluit de hulp af met vastgelegde afspraken over het monitoren van de veiligheid');
  });

  it('the aandachtsfunctionaris is Rick Lambert', async () => {
    const chat = await toAfweging('sbo-de-brug', ['signalen', 'gedaan']);
    expect(chat.text).toContain('Rick Lambert');
  });
});
