import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { routeIds, safetyRoutes } from './routes.js';
import { triage } from './triage.js';

const route = (text: string): string | null => triage(text, 'nl').route;

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
    ['parnassys', 'dossier'],
  ])('%s → %s', (text, expected) => {
    expect(route(text)).toBe(expected);
  });

  it.each(['help', 'wat nu?', 'hallo', 'vraagje', 'ik heb een vraag', 'er is iets gebeurd', ''])('"%s" asks a clarifying question', (text) => {
    expect(route(text)).toBeNull();
  });

  it('offers meldcode for a vague worry about a pupil, without starting it', () => {
    const result = triage('ik heb een onderbuikgevoel bij een leerling', 'nl');
    expect(result.route).toBeNull();
    expect(result.candidates).toContain('meldcode');
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
    expect(route(text)).toBe(expected);
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
    expect(route(text)).toBe(expected);
  });

  it('does not read ordinary words as typos of cue words', () => {
    // "staat" is not "slaat", "naast" is not "naakt".
    expect(route('de moeder staat naast haar kind bij het hek')).toBeNull();
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
    expect(route(text)).toBe(expected);
  });

  it('keeps cues that carry their own negation', () => {
    expect(route('leerling durft niet naar huis')).toBe('acuut');
    expect(route('kind is na de gymles niet teruggekomen')).toBe('vermissing');
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
    expect(triage(text, 'en').route).toBe(expected);
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
    expect(route(text)).toBe(expected);
  });

  it('tells abuse by staff (safety) from unwanted behaviour towards staff', () => {
    expect(route('een collega stuurt een leerling ongepaste berichten')).toBe('misbruik-door-personeel');
    expect(route('een collega stuurt mij ongepaste berichten')).toBe('ongewenst-gedrag-personeel');
  });

  it('tells a pupil who tells from a parent who tells', () => {
    expect(route('een leerling vertelde dat haar vader haar slaat')).toBe('disclosure');
    expect(route('een buurvrouw vertelde dat de vader het kind slaat')).toBe('meldcode');
  });

  it('puts a possible safety route first when it asks', () => {
    const result = triage('geslagen', 'nl');
    expect(result.route).toBeNull();
    expect(safetyRoutes.has(result.candidates[0] as never)).toBe(true);
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
