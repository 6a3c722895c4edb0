import { describe, expect, it } from 'vitest';
import { triage } from './triage.js';

/**
 * Minimal pairs: messages that differ in one facet only, each of which must
 * reach its own protocol. Written for this test, not taken from the corpus.
 */
const route = (text: string): string | null => triage(text, 'nl').route;

describe('facet: who acts', () => {
  it.each([
    ['mijn leerling zegt dat haar stiefvader haar elke avond slaat', 'disclosure'],
    ['mijn leerling zegt dat de conciërge haar elke dag slaat', 'misbruik-door-personeel'],
    ['mijn leerling zegt dat een klasgenoot haar elke dag slaat in de pauze', 'grensoverschrijdend'],
  ])('%s → %s', (text, expected) => expect(route(text)).toBe(expected));

  it.each([
    ['a girl in my class told me her uncle touches her', 'disclosure'],
    ['a girl in my class told me the gym teacher touches her', 'misbruik-door-personeel'],
  ])('%s → %s', (text, expected) => expect(triage(text, 'en').route).toBe(expected));
});

describe('facet: how it is known', () => {
  it.each([
    ['een jongen uit groep 6 vertelde me zelf dat zijn vader hem met de riem slaat', 'disclosure'],
    ['ik zag striemen op de rug van een jongen uit groep 6, hij zegt er niks over', 'meldcode'],
    ['een klasgenoot vertelde me dat de vader van een jongen uit groep 6 hem met de riem slaat', 'meldcode'],
  ])('%s → %s', (text, expected) => expect(route(text)).toBe(expected));
});

describe('facet: now or ongoing', () => {
  it.each([
    ['er staat nu een dronken vader met een mes bij het hek', 'acuut'],
    ['een leerling durft vanavond niet naar huis, ze is bang dat haar vader haar weer slaat', 'acuut'],
    ['een leerling vertelde vorige week dat haar vader haar soms slaat', 'disclosure'],
  ])('%s → %s', (text, expected) => expect(route(text)).toBe(expected));
});

describe('facet: who is harmed', () => {
  // A pupil threatening a classmate is boundary-crossing behaviour, or bullying when it repeats (ROUTES.md): either is right.
  it.each([
    ['een vader scheldt mij uit en bedreigt mij via whatsapp', ['ongewenst-gedrag-personeel']],
    ['een leerling scheldt een klasgenoot uit en bedreigt hem via whatsapp', ['pesten', 'grensoverschrijdend']],
  ])('%s → %j', (text, expected) => expect(expected).toContain(route(text)));

  it('a parent threatening a teacher is not a pupil in danger', () => {
    expect(route('de moeder van J. bedreigde mij vanmiddag na het oudergesprek')).toBe('ongewenst-gedrag-personeel');
  });
});

describe('facet: harm', () => {
  it.each([
    ['de moeder van een leerling drinkt veel en is vaak dronken als ze hem ophaalt', 'kindcheck'],
    ['een leerling komt steeds met blauwe plekken en honger op school', 'meldcode'],
    ['een leerling moet deze zomer trouwen met een neef in het land van haar ouders', 'eergerelateerd'],
    ['er gaat een naaktfoto van een leerling rond in de groepsapp', 'sexting'],
    ['een leerling is na de gymles niet teruggekomen en we kunnen hem nergens vinden', 'vermissing'],
  ])('%s → %s', (text, expected) => expect(route(text)).toBe(expected));
});
