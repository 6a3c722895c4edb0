/** The peer's triage: a few regular expressions over the Dutch opener, as a quick Teams bot would have. */
export interface Signal {
  readonly id: string;
  readonly label: string;
}

const rules: ReadonlyArray<{ pattern: RegExp; signal: Signal }> = [
  { pattern: /blauwe plek|letsel|geslagen|slaan|mishandel|brandwond/i, signal: { id: 'lichamelijk', label: 'lichamelijk geweld' } },
  { pattern: /honger|vies|verwaarloos|kleding|geen eten|ontbijt/i, signal: { id: 'verwaarlozing', label: 'verwaarlozing' } },
  { pattern: /ruzie thuis|huiselijk|vader slaat|moeder slaat|politie thuis/i, signal: { id: 'huiselijk', label: 'huiselijk geweld' } },
  { pattern: /seks|aanrak|grensoverschrijd/i, signal: { id: 'seksueel', label: 'seksueel misbruik' } },
];

export const unknownSignal: Signal = { id: 'onbekend', label: 'een zorgsignaal' };

export function triage(text: string): Signal {
  return rules.find((r) => r.pattern.test(text))?.signal ?? unknownSignal;
}
