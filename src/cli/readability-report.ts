import { splitReplyText } from '../channels/reply-layout.js';
import { type Readability, readabilityOf } from '../content/readability.js';
import type { Content } from '../content/types.js';

/**
 * The readability part of `npm run check` (issue 19): per dialog, the Dutch
 * instruction texts a teacher reads first (each step's text up to its
 * "Achtergrond:"/"Let op:" background, which quotes the plan and is not
 * rewritten) with their average sentence length and Flesch–Douma score, and
 * the hardest texts. Warnings, never errors; the project target is an
 * average sentence of at most 15 words and a Flesch–Douma score of at least 60.
 */
export const readabilityTarget = { wordsPerSentence: 15, fleschDouma: 60 } as const;

export interface DialogReadability extends Readability {
  readonly dialogId: string;
  readonly texts: number;
  readonly hardest: ReadonlyArray<{ readonly key: string } & Readability>;
}

export function dialogReadability(content: Content): DialogReadability[] {
  // Flesch–Douma is a formula for Dutch: the report reads the Dutch texts.
  const nl = content.locales.nl ?? {};
  return [...content.dialogs.values()].map((dialog) => {
    const texts = Object.keys(dialog.steps)
      .map((stepId) => `${dialog.id}.${stepId}`)
      .filter((key) => typeof nl[key] === 'string')
      .map((key) => ({ key, text: splitReplyText(nl[key] as string).now }));
    const scored = texts.map(({ key, text }) => ({ key, ...readabilityOf(text) })).filter((r) => r.words > 0);
    const hardest = [...scored].sort((a, b) => b.wordsPerSentence - a.wordsPerSentence || a.fleschDouma - b.fleschDouma).slice(0, 3);
    return { dialogId: dialog.id, texts: scored.length, hardest, ...readabilityOf(texts.map((t) => t.text).join('\n')) };
  });
}

const meets = (r: Readability) => r.wordsPerSentence <= readabilityTarget.wordsPerSentence && r.fleschDouma >= readabilityTarget.fleschDouma;

export function formatReadability(rows: readonly DialogReadability[]): string {
  const lines = [
    `Readability of the Dutch instruction texts (target: at most ${readabilityTarget.wordsPerSentence} words per sentence, Flesch–Douma at least ${readabilityTarget.fleschDouma}; warnings, not errors):`,
  ];
  for (const row of rows) {
    const mark = meets(row) ? ' ' : '!';
    lines.push(`  ${mark} ${row.dialogId}: ${row.texts} texts, ${row.wordsPerSentence} words/sentence (longest ${row.longestSentence}), Flesch–Douma ${row.fleschDouma}`);
    if (!meets(row)) {
      for (const hard of row.hardest.filter((h) => !meets(h))) {
        lines.push(`      hardest: ${hard.key} — ${hard.wordsPerSentence} words/sentence (longest ${hard.longestSentence}), Flesch–Douma ${hard.fleschDouma}`);
      }
    }
  }
  return lines.join('\n');
}
