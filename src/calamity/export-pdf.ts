import PDFDocument from 'pdfkit';
import type { Locale } from '../content/types.js';
import type { Translate } from '../i18n.js';
import type { CaseView } from './case-view.js';

/** The standard PDF fonts use WinAnsi: map the few characters outside it. */
function pdfText(text: string): string {
  return text
    .replace(/\u2192/g, '->')
    .replace(/[\u2212]/g, '-')
    .replace(/[^\u0000-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u20ac]/g, '?');
}

/** The same content as the Markdown export, rendered as a PDF document. */
export function casePdf(view: CaseView, t: Translate, locale: Locale): Promise<Buffer> {
  const say = (key: string) => pdfText(t(locale, key));
  const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: pdfText(`${t(locale, 'case.export.title')}: ${view.title}`) } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

  const heading = (text: string, size: number) => doc.moveDown(0.6).font('Helvetica-Bold').fontSize(size).text(pdfText(text)).moveDown(0.2);
  const line = (text: string) => doc.font('Helvetica').fontSize(10).text(pdfText(text), { paragraphGap: 2 });

  heading(`${t(locale, 'case.export.title')}: ${view.title}`, 18);
  line(`${say('case.export.kind')}: ${view.templateTitle}`);
  line(`${say('case.export.size')}: ${view.size}`);
  line(`${say('case.export.status')}: ${view.status}`);
  line(view.opened);
  heading(t(locale, 'case.export.crisis-team'), 14);
  if (view.crisisTeam.length === 0) line(t(locale, 'case.export.none'));
  for (const member of view.crisisTeam) line(`• ${member.role}: ${member.name}`);
  heading(t(locale, 'case.export.checklist'), 14);
  const marks = { open: '[ ]', gedaan: '[x]', nvt: '[-]' } as const;
  for (const section of view.sections) {
    heading(section.title, 12);
    for (const item of section.items) {
      const extra = [item.owner ? `${t(locale, 'case.export.owner')}: ${item.owner}` : null, item.due ? `${t(locale, 'case.export.due')}: ${item.due}` : null]
        .filter(Boolean)
        .join('; ');
      line(`${marks[item.status]} ${item.label}${extra ? ` (${extra})` : ''}`);
    }
  }
  heading(t(locale, 'case.export.logbook'), 14);
  for (const entry of view.log) line(`${entry.time} — ${entry.author}: ${entry.text}`);
  doc.moveDown(1).font('Helvetica-Oblique').fontSize(8).text(say('case.export.privacy'));
  doc.end();
  return done;
}
