import { normalise } from '../text/normalise.js';

/**
 * What a message is when it is not an answer: the conversation patterns that
 * apply in every state (after the safety check and the commands), so a
 * question, "ik weet het niet" or a thank-you never becomes a form value.
 */
export type NotAnAnswer = 'question' | 'dont-know' | 'chit-chat';

/** "/watnu wat nu bij pesten" typed (web, Teams): an explicit new question. Returns the question without the prefix. */
export function explicitQuestion(text: string): string | null {
  const match = text.trim().match(/^\/(?:watnu|wat-nu)\b\s*(.*)$/is);
  return match ? (match[1] ?? '').trim() : null;
}

const questionStart =
  /^(wat|waar|waarom|wanneer|hoe|wie|welke?|hoeveel|mag|kan|kun|moet|moeten|zal|zou|heb|heeft|is|zijn|what|where|why|when|how|who|which|can|could|may|should|do|does|is|are|will|would)\b/;
const subject = /\b(ik|je|jij|u|we|wij|ze|zij|hij|i|you|we|they|dit|dat|this|that|het|er|it)\b/;

export function isQuestion(text: string): boolean {
  const trimmed = text.trim();
  if (/\?\s*$/.test(trimmed)) return true;
  const words = normalise(trimmed);
  return questionStart.test(words) && subject.test(words.split(' ').slice(1, 4).join(' '));
}

const dontKnow = [
  /\b(weet|wist) (ik|het|ik het|ik dat|ik echt|ik nog) ?(echt |nog |ook )?niet\b/,
  /\bik weet (het |dat )?(echt |nog |ook )?niet\b/,
  /\bgeen (flauw )?idee\b/,
  /\bgeen flauw benul\b/,
  /\b(i )?(do ?n ?t|dont|do not)( \w+)? know\b/,
  /\bnot sure\b/,
  /\bno idea\b/,
  /^(idk|dunno|onbekend|unknown|nvt|n v t)$/,
];

export function isDontKnow(text: string): boolean {
  const words = normalise(text).replace(/'/g, ' ').replace(/\s+/g, ' ');
  return dontKnow.some((p) => p.test(words));
}

const chitChatStart = /^(haha+|hihi+|lol|sorry|oeps|oops|dank|dankje|dankjewel|dankuwel|bedankt|thanks|thank you|thx|merci|top|super|fijn|mooi|prima|ok|oke|okay|goedemorgen|goedemiddag|hoi|hallo|hey)\b/;
const maxChitChatWords = 8;

/** A thank-you, an apology, a laugh: short, and starting with one of those words. */
export function isChitChat(text: string): boolean {
  const words = normalise(text);
  return words.split(' ').length <= maxChitChatWords && chitChatStart.test(words);
}

export function notAnAnswer(text: string): NotAnAnswer | null {
  if (isDontKnow(text)) return 'dont-know';
  if (isQuestion(text)) return 'question';
  if (isChitChat(text)) return 'chit-chat';
  return null;
}

/** "nee, groep 6", "correctie: S.d.V.": a correction of an earlier answer; returns the corrected part. */
export function correctionOf(text: string): string | null {
  const match = text.trim().match(/^(?:nee|neen|no|nope|correctie|correction|oeps|oops|niet)\b[\s,:;.!-]*(.+)$/i);
  return match?.[1]?.trim() || null;
}
