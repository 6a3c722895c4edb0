import { normalise } from '../../text/normalise.js';

/**
 * Words that make a message a sentence rather than a name or a short answer
 * (pronouns, verbs of being and having, question words, conjunctions). Name
 * particles ("van", "de", "in 't") are not in the list.
 */
const functionWords = new Set([
  // Dutch
  'ik', 'je', 'jij', 'jou', 'jouw', 'u', 'we', 'wij', 'hij', 'zij', 'ze', 'hun', 'hen', 'mij', 'me', 'mijn', 'zijn', 'haar', 'ons', 'onze',
  'is', 'ben', 'bent', 'was', 'waren', 'wordt', 'worden', 'werd', 'heb', 'hebt', 'heeft', 'hebben', 'had', 'kan', 'kun', 'kunnen', 'wil', 'wilt',
  'moet', 'moeten', 'mag', 'zal', 'zou', 'weet', 'weten', 'staat', 'gaat', 'doet', 'zegt', 'er', 'hier', 'daar', 'nu', 'niet', 'geen', 'wel',
  'ook', 'nog', 'maar', 'en', 'of', 'want', 'dus', 'dat', 'die', 'dit', 'deze', 'wat', 'wie', 'waar', 'hoe', 'waarom', 'wanneer', 'welk',
  'welke', 'met', 'bij', 'naar', 'voor', 'om', 'uit', 'aan', 'over', 'tot', 'door', 'als', 'dan', 'toen', 'een',
  // English
  'the', 'a', 'an', 'i', 'you', 'he', 'she', 'they', 'it', 'are', 'were', 'be', 'have', 'has', 'do', 'does', 'not', 'and', 'or', 'but',
  'with', 'at', 'to', 'for', 'from', 'of', 'on', 'by', 'my', 'your', 'his', 'her', 'our', 'their', 'what', 'who', 'where', 'how', 'why',
  'when', 'which', 'this', 'there', 'now', 'know', 'just',
]);

/** True when the text reads as a sentence: a function word, or more words than a name has. */
export function isSentence(text: string, maxWords = 5): boolean {
  const words = normalise(text).split(' ').filter(Boolean);
  return words.length > maxWords || words.some((w) => functionWords.has(w));
}
