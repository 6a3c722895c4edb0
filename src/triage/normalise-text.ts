/**
 * Text normalisation for triage. Unlike the shared `normalise`, this keeps
 * sentence and clause punctuation as separate marks, because negation scope and
 * "who does what to whom" stop at those borders.
 */

export const sentenceMark = '.';
export const clauseMark = ',';

/**
 * The words of a message with sentence and clause marks. The tokeniser and
 * the model's features both normalise the same message, one after the
 * other: the last text is remembered, so that costs one pass, not two.
 */
export function normaliseText(text: string): string {
  if (text !== lastText) {
    lastNormalised = normalise(text);
    lastText = text;
  }
  return lastNormalised;
}

let lastText = '';
let lastNormalised = '';

function normalise(text: string): string {
  return splitCompoundPunctuation(expandContractions(foldCase(joinInitials(text))))
    .replace(/[.!?;\n\r]+/g, ` ${sentenceMark} `)
    .replace(/[,:()"\u201c\u201d\u201e\u00ab\u00bb]+/g, ` ${clauseMark} `)
    .replace(/[^a-z0-9.,\s]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * "meester R. zat aan haar", "S.d.V. is gepest": the dot of an initial or an
 * abbreviation ends no sentence, or the person and what they did would be
 * judged apart.
 */
function joinInitials(text: string): string {
  return text.replace(/\b(?:[A-Za-z]\.){2,}/g, (initials) => initials.replace(/\./g, '')).replace(/\b([A-Z])\.(?=\s)/g, '$1');
}

/** Lower case without accents: teachers type "concierge" as often as "conciërge". */
function foldCase(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2019\u2018`\u00b4]/g, "'");
}

/**
 * "didn't" must leave a "not" behind for negation; "foto's" and "mother's" lose
 * the apostrophe so that prefix patterns (foto*, mother*) still match.
 */
function expandContractions(text: string): string {
  return text
    .replace(/\bcan't\b/g, 'can not')
    .replace(/\bwon't\b/g, 'will not')
    .replace(/n't\b/g, ' not')
    .replace(/'s\b/g, 's')
    .replace(/'/g, '');
}

/** Hyphens and slashes join compound parts ("blauwe-plekken", "TSO-medewerker"): split them. */
function splitCompoundPunctuation(text: string): string {
  return text.replace(/[-/_+&]+/g, ' ');
}
