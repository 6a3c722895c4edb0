import { describe, expect, it } from 'vitest';
import { normaliseForCitation } from '../../src/content/source-documents.js';
import { headingOccurrences, passageUnderHeading } from '../../src/content/source-sections.js';
import { realContent } from '../helpers/content.js';

const { content } = realContent();
const proo = content.sources.get('proo-leiden')!;
const brug = content.sources.get('sbo-de-brug')!;

const under = (doc: typeof proo, section: string, quote: string) =>
  passageUnderHeading(doc.searchable, doc.layout, normaliseForCitation(section), normaliseForCitation(quote));

describe('a citation’s quote stands under the section it names', () => {
  it('the three citations the fidelity review found misplaced (F34) are flagged as they were', () => {
    // Under "DE MELDCODE – GESPREK MET …", fifteen pages after "Gesprekken met ouders/verzorgers".
    expect(under(proo, 'Gesprekken met ouders/verzorgers', 'neemt de intern begeleider het meldcodetraject over. De leerkracht brengt de ouders/verzorgers hiervan op de hoogte')).toBe(false);
    // Printed before the heading it named.
    expect(
      under(proo, 'Hoe werkt de infographic?', 'Het kan zijn dat binnen onze school één persoon verschillende rollen vervult, zoals een intern begeleider die daarnaast ook aandachtsfunctionaris huiselijk geweld en kindermishandeling is.'),
    ).toBe(false);
    expect(under(proo, 'DIRECTEUR', 'De directeur is eindverantwoordelijk voor de sociale veiligheid op school maar kan taken delegeren.')).toBe(false);
  });

  it('their corrected citations stand under their headings', () => {
    expect(under(proo, 'DE MELDCODE – GESPREK MET OUDERS/VERZORGERS', 'neemt de intern begeleider het meldcodetraject over. De leerkracht brengt de ouders/verzorgers hiervan op de hoogte')).toBe(true);
    expect(under(proo, 'Hoe werkt de infographic?', 'Ben je bijvoorbeeld leerkracht? Klik dan op ‘leerkracht’ om meer informatie te krijgen over jouw taken en verantwoordelijkheden.')).toBe(true);
    expect(under(proo, 'Handhaven beleid', 'De directeur heeft de verantwoordelijkheid om te bewaken dat het beleid ‘levend’ gehouden wordt.')).toBe(true);
  });

  it('a heading is a line of its own: the same words inside running text are not a heading', () => {
    // "Signaleren" starts many lines of running text and menus; only whole lines count.
    const lines = headingOccurrences(proo.searchable, proo.layout, normaliseForCitation('Taken bestuur'));
    expect(lines.length).toBe(1);
    expect(headingOccurrences(proo.searchable, proo.layout, normaliseForCitation('Het bestuur moet een vermoeden'))).toEqual([]);
  });

  it('a section may run over a page break (De Brug’s meldcode table), but not into another chapter', () => {
    expect(under(brug, 'Meldcode huiselijk geweld en kindermishandeling', 'Ouders worden hier altijd over geïnformeerd!')).toBe(true);
    expect(under(brug, 'Pestgedrag', 'Ouders worden hier altijd over geïnformeerd!')).toBe(false);
  });

  it('a numbered page title printed at the foot of its page still heads that page', () => {
    expect(
      under(proo, 'Protocol ongewenst gedrag richting schoolprofessionals (2/2)', 'Er volgt een (nieuw) gesprek met de directie* en de schoolprofessional en de betreffende persoon.'),
    ).toBe(true);
  });
});
