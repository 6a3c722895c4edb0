/**
 * Prints the height of the first reply's Adaptive Card of every safety route
 * at both schools, rendered by the real `adaptivecards` renderer in headless
 * Chromium at 340 px (Teams mobile), and where its last choice button ends.
 * Usage: npx tsx scripts/phone-card-heights.ts [nl|en]
 */
import { launchChromium } from '../test/helpers/browser.js';
import { measureCard, phone, phoneCard, prepareCardPage, safetyFirstReplies } from '../test/helpers/phone-screen.js';

const locale = process.argv[2] === 'en' ? 'en' : 'nl';
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: phone.width, height: phone.height }, deviceScaleFactor: 1 });
  await prepareCardPage(page);
  console.log(`card width ${phone.cardWidth} px, locale ${locale}`);
  console.log(['school', 'route', 'card height', 'last choice button ends at', 'first call button ends at'].join('\t'));
  for (const { school, route, reply } of safetyFirstReplies(locale)) {
    const titles = new Set((reply.choices ?? []).map((c) => c.label));
    const m = await measureCard(page, phoneCard(reply, locale));
    const choiceBottom = Math.max(0, ...m.buttons.filter((b) => titles.has(b.title)).map((b) => b.bottom));
    const call = m.buttons.find((b) => /^(Bel|Call|Dial) /.test(b.title));
    console.log([school, route, Math.round(m.height), Math.round(choiceBottom), call ? Math.round(call.bottom) : '-'].join('\t'));
  }
} finally {
  await browser.close();
}
