import { type RouteLexicon, weighted } from './types.js';

/** A death in the school community: pupil, parent or staff member. */
export const overlijden: RouteLexicon = {
  route: 'overlijden',
  cues: [
    ...weighted(
      5,
      'overleden|overlijden|overlijdt|overleed|sterfgeval*|overlijdensbericht|rouwkaart',
      'gestorven|sterft|stierf|sterven|doodgegaan|verongelukt|omgekomen',
      'dood gegaan',
      'om het leven',
      'died|dies|death|deceased',
      'begraven|gecremeerd|buried|cremated',
      'passed away',
      'begrafenis|crematie|uitvaart|funeral|condoleance*|condoleren|rouw*|grief|grieving|mourning|bereave*',
      'zelfdoding', 'zelfmoord & gepleegd|pleegde',
      'committed suicide',
      'doodgeboren|stillborn|miskraam|miscarriage',
      'sleuteltrio|rouwprotocol|rouwverwerking',
      'omgekomen|verongelukt',
    ),
    ...weighted(3.5, 'dodelijk*|fatal', 'afscheid & nemen & van', 'herdenking*|memorial', 'lost & his|her & mother|father|mum|dad|brother|sister'),
    ...weighted(3, 'dood|dead', 'terminaal|terminal|palliatief|stervende|stervend|dying'),
  ],
};
