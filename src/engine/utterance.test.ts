import { describe, expect, it } from 'vitest';
import { correctionOf, explicitQuestion, isChitChat, isDontKnow, isQuestion, notAnAnswer } from './utterance.js';

describe('what is not an answer', () => {
  it.each(['wat moet ik doen bij pesten?', 'waar vind ik het protocol', 'mag ik dat zelf doen', 'can I do this later', 'hoe laat is het?'])('"%s" is a question', (text) => {
    expect(isQuestion(text)).toBe(true);
  });

  it.each(['S.V.', 'groep 5', 'wat een drama', 'gymzaal', 'ouders klas 6 gebeld'])('"%s" is no question', (text) => {
    expect(isQuestion(text)).toBe(false);
  });

  it.each(['ik weet het niet', 'weet ik niet', 'geen idee', "I don't know", 'no idea', 'onbekend'])('"%s" is "I don\'t know"', (text) => {
    expect(isDontKnow(text)).toBe(true);
  });

  it.each(['bedankt!', 'oké, top', 'sorry, typfout', 'haha'])('"%s" is small talk', (text) => {
    expect(isChitChat(text)).toBe(true);
  });

  it('a note is an answer', () => {
    expect(notAnAnswer('moeder weet van niets, vader is boos')).toBeNull();
    expect(isChitChat('sorry voor de late melding: de leerling vertelde het gisteren al en ik heb het toen niet meteen gemeld')).toBe(false);
  });

  it('reads corrections and /watnu questions', () => {
    expect(correctionOf('nee, groep 6')).toBe('groep 6');
    expect(correctionOf('Correctie: S.d.V.')).toBe('S.d.V.');
    expect(correctionOf('nee')).toBeNull();
    expect(explicitQuestion('/watnu wat nu bij pesten')).toBe('wat nu bij pesten');
    expect(explicitQuestion('wat nu bij pesten')).toBeNull();
  });
});
