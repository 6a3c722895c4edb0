/**
 * Regenerates triage/known-words.txt: the real words that typo correction must
 * leave alone because they sit within typo distance of a lexicon word ("staat"
 * next to "slaat", "naast" next to "naakt", "wears" next to "swear").
 *
 * Sources: the Debian word lists (apt-get install wdutch wamerican wbritish),
 * the two school plans, and a short list of chat words. Run after changing a
 * lexicon:   npx tsx test/triage/generate-known-words.ts
 * It is a developer tool (file I/O), not a test and not part of the runtime.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findProjectRoot } from '../../src/config.js';
import { compiledTriage } from '../../src/triage/compiled.js';
import { triagePaths } from '../../src/triage/data/triage-paths.js';
import { isTypoOf } from '../../src/triage/fuzzy.js';
import { renderKnownWords } from '../../src/triage/lexicon/known-words-file.js';

const root = findProjectRoot();
const dictionaries = ['/usr/share/dict/dutch', '/usr/share/dict/american-english', '/usr/share/dict/british-english'];
const plans = ['proo-leiden-sociaal-veiligheidsbeleid.txt', 'sbo-de-brug-sociaal-veiligheidsplan.txt'].map((f) => join(root, 'docs', 'sources', f));

/** Chat words and spellings the dictionaries lack. */
const everyday = `mama papa juffie meester klasgenootje klasgenootjes groepsgenoot whatsappje appjes gisteravond
vanochtend vanmorgen sowieso eigenlijk gewoon effe ineens misschien oke okay hallo goeiemorgen goedemorgen
schoolplein overblijf kleuters stagiaire invaljuf`;

function fold(word: string): string {
  return word.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

function sourceWords(): Set<string> {
  const words = new Set<string>();
  const add = (text: string): void => {
    for (const raw of text.split(/[^\p{L}]+/u)) {
      const word = fold(raw);
      if (word.length >= 5 && /^[a-z]+$/.test(word)) words.add(word);
    }
  };
  for (const file of [...dictionaries, ...plans]) {
    if (!existsSync(file)) throw new Error(`missing ${file}: apt-get install wdutch wamerican wbritish`);
    add(readFileSync(file, 'utf8'));
  }
  add(everyday);
  return words;
}

function confusables(words: Set<string>): string[] {
  const byLength = compiledTriage().vocabulary.byLength;
  const targets = new Set([...byLength.values()].flat());
  const found: string[] = [];
  for (const word of words) {
    if (targets.has(word)) continue;
    for (let length = word.length - 2; length <= word.length + 2; length++) {
      if ((byLength.get(length) ?? []).some((target) => isTypoOf(word, target))) {
        found.push(word);
        break;
      }
    }
  }
  return found.sort();
}

const list = confusables(sourceWords());
const file = triagePaths(root).knownWords;
writeFileSync(file, renderKnownWords(list));
console.log(`wrote ${list.length} words to ${file}`);
