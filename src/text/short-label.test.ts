import { describe, expect, it } from 'vitest';
import { firstSentence, shortLabel } from './short-label.js';

describe('short labels', () => {
  it('take the first sentence or line', () => {
    expect(firstSentence('Stap 1 — Ga na of het bericht klopt. Afhankelijk van de weg…')).toBe('Stap 1 — Ga na of het bericht klopt.');
    expect(firstSentence('Acute onveiligheid: iemand is in direct fysiek gevaar.\nDit doe je nu')).toBe('Acute onveiligheid: iemand is in direct fysiek gevaar.');
    expect(firstSentence('Pesten:\n• signaal')).toBe('Pesten');
    expect(firstSentence('Zie www.example.nl voor meer')).toBe('Zie www.example.nl voor meer');
  });

  it('never cut a word in half', () => {
    const text = 'Een leerling vertelt je uit zichzelf over huiselijk geweld of kindermishandeling, met of zonder een hulpvraag.';
    for (const max of [20, 37, 50, 64, 90]) {
      const label = shortLabel(text, max);
      expect(label.length).toBeLessThanOrEqual(max);
      const kept = label.replace(/…$/, '');
      expect(text.startsWith(kept)).toBe(true);
      expect([' ', ',', '.'].includes(text[kept.length] ?? ' ')).toBe(true);
    }
    expect(shortLabel('kort', 10)).toBe('kort');
  });
});
