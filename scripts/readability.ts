/**
 * Prints the readability of every dialog's Dutch instruction texts (the same
 * figures as `npm run check`) as a table. Usage:
 *   npx tsx scripts/readability.ts [content root]
 * A content root is a folder with dialogs/, locales/, schools/ and docs/sources/
 * (e.g. an older commit: git archive <commit> dialogs locales schools docs | tar -x -C /tmp/x).
 */
import { resolve } from 'node:path';
import { dialogReadability } from '../src/cli/readability-report.js';
import { findProjectRoot } from '../src/config.js';
import { defaultContentPaths, loadContent } from '../src/content/load-content.js';

const root = resolve(process.argv[2] ?? findProjectRoot());
const { content } = loadContent(defaultContentPaths(root));
console.log(['dialog', 'texts', 'words/sentence', 'longest sentence', 'Flesch-Douma'].join('\t'));
for (const row of dialogReadability(content)) console.log([row.dialogId, row.texts, row.wordsPerSentence, row.longestSentence, row.fleschDouma].join('\t'));
