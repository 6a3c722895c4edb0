/**
 * Text normalisation for triage. Unlike the shared `normalise`, this keeps
 * sentence and clause punctuation as separate marks, because negation scope and
 * "who does what to whom" stop at those borders.
 */

export const sentenceMark = '.';
export const clauseMark = ',';

export function normaliseText(text: string): string {
  return splitCompoundPunctuation(expandContractions(foldCase(text)))
    .replace(/[.!?;\n\r]+/g, ` ${sentenceMark} `)
    .replace(/[,:()"“”„«»]+/g, ` ${clauseMark} `)
    .replace(/[^a-z0-9.,\s]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Lower case without accents: teachers type "concierge" as often as "conciërge". */
function foldCase(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'");
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
