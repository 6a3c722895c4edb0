import { describe, expect, it } from 'vitest';
import { modelClasses } from './classes.js';
import { predictClasses, trainTriageModel } from './triage-model.js';

const texts = [
  { text: 'kind wordt gepest in de klas', concepts: [], expect: ['pesten'] },
  { text: 'ze pesten hem elke dag', concepts: [], expect: ['pesten'] },
  { text: 'leerling is vermist na de gym', concepts: [], expect: ['vermissing'] },
  { text: 'we kunnen een kind niet vinden', concepts: [], expect: ['vermissing'] },
  { text: 'help', concepts: [], expect: ['onduidelijk'] },
];

describe('triage model', () => {
  const model = trainTriageModel(texts);
  const top = (text: string): string => {
    const p = predictClasses(model, text, []);
    return modelClasses[p.indexOf(Math.max(...p))]!;
  };

  it('gives one probability per class', () => {
    const p = predictClasses(model, 'iets', []);
    expect(p.length).toBe(modelClasses.length);
    expect(p.reduce((s, v) => s + v, 0)).toBeCloseTo(1);
  });

  it('generalises to unseen spellings through character grams', () => {
    expect(top('gepestt')).toBe('pesten');
    expect(top('vermisd')).toBe('vermissing');
  });

  it('refuses a training text without a known class', () => {
    expect(() => trainTriageModel([{ text: 'x', concepts: [], expect: ['geen-route'] }])).toThrow();
  });
});
