import { describe, expect, it } from 'vitest';
import { trainStackedModel } from './model/stacked-model.js';
import { triageWith } from './triage.js';

/** A model that has never seen a complaint, a regulation or a pupil file: it cannot place a name it does not know. */
const facets = { actor: 'none', victim: 'none', source: 'none', time: 'unknown', harm: 'none' };
const lines = [
  ['hoe laat begint de teamvergadering', 'onduidelijk'],
  ['fijne vakantie allemaal', 'onduidelijk'],
  ['wie heeft de sleutel van het lokaal', 'onduidelijk'],
  ['de kopieermachine is stuk', 'onduidelijk'],
  ['er wordt een kind gepest in de klas', 'pesten'],
  ['ze sluiten hem steeds buiten op het plein', 'pesten'],
  ['een jongen schopt andere kinderen', 'grensoverschrijdend'],
  ['een leerling gooide een stoel door de klas', 'grensoverschrijdend'],
].map(([text, route]) => ({ text: text!, concepts: [], expect: [route!], facets }));
const model = trainStackedModel(lines);

describe('a message that is only a name', () => {
  it('gets the one route whose subject it names, when the model cannot place it', () => {
    expect(triageWith(model, 'klokkenluidersregeling').route).toBe('klacht');
    expect(triageWith(model, 'de vertrouwenspersoon').route).toBe('klacht');
    expect(triageWith(model, 'parnassys').route).toBe('dossier');
  });

  it('chooses nothing when it names two routes, or when it says more than a name', () => {
    expect(triageWith(model, 'vertrouwenspersoon parnassys').route).toBeNull();
    expect(triageWith(model, 'ik wil iets vragen over de vertrouwenspersoon van school').route).not.toBe('klacht');
  });
});
