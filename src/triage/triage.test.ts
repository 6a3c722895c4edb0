import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse.js';
import { routeIds, safetyRoutes } from './routes.js';
import { triage } from './triage.js';

const route = (text: string): string | null => triage(text, 'nl').route;

/**
 * What the first answer starts or offers in one tap: the route, or the
 * answers of the safety ambiguity question (112 first, then "who does this?").
 */
function firstAnswer(text: string, locale: 'nl' | 'en' = 'nl'): string[] {
  const result = triage(text, locale);
  if (result.ambiguity) return result.ambiguity.options.map((o) => o.route);
  return result.route ? [result.route] : [];
}

describe('triage: short and informal messages', () => {
  it.each([
    ['blauwe plek', 'meldcode'],
    ['pesten', 'pesten'],
    ['gepest', 'pesten'],
    ['vermist', 'vermissing'],
    ['naaktfoto', 'sexting'],
    ['overleden', 'overlijden'],
    ['kindcheck', 'kindcheck'],
    ['klacht', 'klacht'],
    ['nummer jeugdarts', 'sociale-kaart'],
  ])('%s → %s', (text, expected) => {
    expect(firstAnswer(text)).toContain(expected);
  });

  it.each(['help', 'wat nu?', 'hallo', 'vraagje', 'ik heb een vraag', 'er is iets gebeurd', ''])('"%s" asks a clarifying question', (text) => {
    expect(route(text)).toBeNull();
  });

  it('asks (or starts meldcode) for a vague worry about a pupil, and raises no alarm', () => {
    // The labelled sets accept both for a gut feeling ("onduidelijk|meldcode").
    const result = triage('ik heb een onderbuikgevoel bij een leerling', 'nl');
    expect([null, 'meldcode']).toContain(result.route);
    expect(result.ambiguity).toBeUndefined();
  });

  it('asks about a bare product name rather than guessing: "parnassys" starts no route and no alarm', () => {
    const result = triage('parnassys', 'nl');
    expect(result.route === null || result.route === 'dossier').toBe(true);
    expect(result.ambiguity).toBeUndefined();
  });

  it.each(['ik twijfel', 'kan ik je iets vragen', 'wat nu?', 'ik weet het niet'])('"%s" still asks', (text) => {
    expect(route(text)).toBeNull();
  });
});

describe('triage: word variants and compounds', () => {
  it.each([
    ['blauwe-plekken op zijn rug', 'meldcode'],
    ['zit vol blauwe plekjes', 'meldcode'],
    ['hij is een pestkop', 'pesten'],
    ['pesterijen in de klas', 'pesten'],
    ['ze sluiten haar buiten bij het spelen', 'pesten'],
    ['uitsluiten in de groepsapp', 'pesten'],
    ['cyberpesten via tiktok', 'pesten'],
    ['de conciërge zit aan meisjes', 'misbruik-door-personeel'],
    ['invalkracht stuurt appjes naar een leerling', 'misbruik-door-personeel'],
  ])('%s → %s', (text, expected) => {
    expect(firstAnswer(text)).toContain(expected);
  });
});

describe('triage: typos and missing accents', () => {
  it.each([
    ['blauwe plekkken bij een kleuter', 'meldcode'],
    ['leerlnig wordt gepst', 'pesten'],
    ['vermoeden van kindermishandelng', 'meldcode'],
    ['meisje is besneeden', 'eergerelateerd'],
    ['een kind is vermisd', 'vermissing'],
    ['concierge betast leerlingen', 'misbruik-door-personeel'],
  ])('%s → %s', (text, expected) => {
    expect(firstAnswer(text)).toContain(expected);
  });

  it('does not read ordinary words as typos of cue words', () => {
    // "staat" is not "slaat", "naast" is not "naakt". (The fused triage may still
    // offer acuut for a parent at the gate: the model has seen many of those.)
    const { evidence } = analyse('de moeder staat naast haar kind bij het hek');
    expect(evidence.has('harm')).toBe(false);
    expect(evidence.has('sexual')).toBe(false);
  });
});

describe('triage: negation', () => {
  it.each([
    ['geen blauwe plekken, maar hij wordt wel gepest', 'pesten'],
    ['ik heb niets gezien maar een jongen vertelde dat zijn vader hem schopt', 'disclosure'],
    ['ze wordt niet gepest, ze zegt dat haar moeder haar opsluit', 'disclosure'],
    ['no bruises, but he is bullied every day', 'pesten'],
    ['kind komt zonder ontbijt en in vieze kleren', 'meldcode'],
  ])('%s → %s', (text, expected) => {
    expect(firstAnswer(text)).toContain(expected);
  });

  it('keeps cues that carry their own negation', () => {
    expect(firstAnswer('leerling durft niet naar huis')).toContain('acuut');
    expect(firstAnswer('kind is na de gymles niet teruggekomen')).toContain('vermissing');
  });
});

describe('triage: English', () => {
  it.each([
    ['I noticed bruises on her arms', 'meldcode'],
    ['a boy told me his stepdad beats him', 'disclosure'],
    ['a drunk man with a knife is at the school gate', 'acuut'],
    ['she will be sent abroad to be married', 'eergerelateerd'],
    ['the caretaker touches girls inappropriately', 'misbruik-door-personeel'],
    ['we lost a child on the school trip, nobody knows where he is', 'vermissing'],
    ['her mum is addicted to drugs', 'kindcheck'],
    ['kids are excluding him in the group chat', 'pesten'],
    ['a pupil kicked a classmate and threw a chair', 'grensoverschrijdend'],
    ['nude photos of a pupil are being shared', 'sexting'],
    ['a father threatened me after the meeting', 'ongewenst-gedrag-personeel'],
    ['journalists are calling about the incident', 'calamiteit'],
    ['a pupil passed away', 'overlijden'],
    ['how do parents file a complaint', 'klacht'],
    ['what is the phone number of the youth team', 'sociale-kaart'],
    ['how do I record this in the pupil file', 'dossier'],
    ['what are my duties as a teacher', 'rol'],
  ])('%s → %s', (text, expected) => {
    expect(firstAnswer(text, 'en')).toContain(expected);
  });
});

describe('triage: safety first', () => {
  it.each([
    ['een leerling vertelt dat thuis papa haar slaat', 'disclosure'],
    ['kind vertelt dat er thuis ruzie is en mama gewond is', 'disclosure'],
    ['leerling is bang en wil vandaag niet naar huis omdat vader hem slaat', 'acuut'],
    ['een stagiair vraagt een leerling om naaktfoto', 'misbruik-door-personeel'],
    ['leerling moet na de zomer trouwen in het land van haar ouders', 'eergerelateerd'],
  ])('%s → %s', (text, expected) => {
    expect(firstAnswer(text)).toContain(expected);
  });

  it('tells abuse by staff (safety) from unwanted behaviour towards staff', () => {
    expect(firstAnswer('een collega stuurt een leerling ongepaste berichten')).toContain('misbruik-door-personeel');
    expect(route('een collega stuurt mij ongepaste berichten')).toBe('ongewenst-gedrag-personeel');
  });

  it('tells a pupil who tells from a parent who tells', () => {
    expect(firstAnswer('een leerling vertelde dat haar vader haar slaat')).toContain('disclosure');
    expect(route('een buurvrouw vertelde dat de vader het kind slaat')).toBe('meldcode');
  });

  it('answers a single alarming word with a safety route or the safety question', () => {
    expect(firstAnswer('geslagen').some((r) => safetyRoutes.has(r as never))).toBe(true);
  });
});

describe('triage: vocabulary beyond the rule author\'s sentences', () => {
  it.each([
    ['jongen zegt dat hij een eind aan zijn leven wil maken', 'acuut'],
    ['leerling staat op het dak en dreigt te springen', 'acuut'],
    ['er wordt geschoten bij de school', 'acuut'],
    ['vader zegt dat hij zijn dochter komt afmaken', 'acuut'],
    ['een moeder is met haar kinderen gevlucht voor haar man en vraagt of ze mogen blijven', 'acuut'],
    ['ik denk dat het vandaag thuis niet veilig is voor hem', 'acuut'],
    ['kind is met een schaar gestoken en bloedt flink', 'acuut'],
    ['moeder is straalbezopen en wil met haar zoon in de auto wegrijden', 'acuut'],
    ['bij het tellen komen we er eentje tekort', 'vermissing'],
    ['leerling is het schoolplein af gerend en niet meer terug', 'vermissing'],
    ['meisje is beloofd aan een neef in het land van herkomst', 'eergerelateerd'],
    ['haar paspoort is ingenomen door haar ouders', 'eergerelateerd'],
    ['meester R. zat aan haar billen', 'misbruik-door-personeel'],
    ['de overblijfmoeder heeft een leerling een klap gegeven', 'misbruik-door-personeel'],
    ['een collega neemt steeds een jongen mee naar een leeg lokaal', 'misbruik-door-personeel'],
    ['leerlingen hebben de ramen van de gymzaal ingegooid', 'grensoverschrijdend'],
    ['jongen filmde onder de rok van een meisje', 'sexting'],
    ['klokkenluidersregeling', 'klacht'],
  ])('%s → %s', (text, expected) => {
    expect(firstAnswer(text)).toContain(expected);
  });

  it('does not take a lost thing for a missing child', () => {
    expect(route('ik ben mijn sleutels kwijt')).not.toBe('vermissing');
    expect(triage('ik ben mijn sleutels kwijt', 'nl').candidates).not.toContain('vermissing');
    expect(route('leerling is zijn jas kwijt')).not.toBe('vermissing');
    expect(firstAnswer('kind kwijt, zijn tas staat nog in de klas')).toContain('vermissing');
    // Unsure: the clarifying question offers vermissing first (safety routes first).
    const whereIs = triage('waar is S.? ze zit niet in de klas en haar jas is ook weg', 'nl');
    expect([...firstAnswer('waar is S.? ze zit niet in de klas en haar jas is ook weg'), whereIs.candidates[0]]).toContain('vermissing');
  });
});

describe('triage: contract', () => {
  const known = new Set<string>(routeIds);

  it('is deterministic, total, and keeps to the engine contract', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.constantFrom('nl' as const, 'en' as const), (text, locale) => {
        const first = triage(text, locale);
        expect(triage(text, locale)).toEqual(first);
        expect(first.route === null || known.has(first.route)).toBe(true);
        expect(first.candidates.length).toBeLessThanOrEqual(4);
        expect(new Set(first.candidates).size).toBe(first.candidates.length);
        for (const c of first.candidates) expect(known.has(c)).toBe(true);
        if (first.route) expect(first.candidates[0]).toBe(first.route);
      }),
      { numRuns: 300 },
    );
  });

  it('copes with very long input', () => {
    const text = 'ik maak me zorgen over een leerling. '.repeat(400);
    expect(() => triage(text, 'nl')).not.toThrow();
  });
});
