import { type RouteLexicon, weighted } from './types.js';

/** A calamity for the director: serious incident, unrest among parents, media, crisis team. */
export const calamiteit: RouteLexicon = {
  route: 'calamiteit',
  cues: [
    ...weighted(
      5,
      'calamiteit*|crisis*|crisisteam',
      'journalist*|verslaggever*|pers|persbericht|krant*|omroep|cameraploeg|televisie|reporter*|press|newspaper*',
      'media & aandacht|belangstelling',
      'interview|rtv|nos|omroep|persvragen',
      'roodgloeiend',
      'viral',
      'in de media', 'news',
      'rep & roer',
      'bommelding', 'bomb threat',
      'ontruim*|evacuat*',
      'brand|*brand|afgebrand|uitgebrand|brandweer|fire',
      'schietpartij|shooting|explosie|explosion|gaslek|instorting|overstroming',
      'gas leak',
    ),
    ...weighted(3, 'onrust|ophef|paniek|commotie|uproar|panic|unrest|outrage', 'ernstig|zwaar & incident|ongeluk|ongeval', 'serious & incident|accident', 'veel|alle|boze & ouders & bellen|mailen|staan|school'),
    ...weighted(3.5, 'gearresteerd|arrestatie|opgepakt|aangehouden|arrested', 'geruchten|rumours|rumors', 'steekpartij|aanslag|gijzeling|inval|lockdown'),
    ...weighted(2.5, 'ouders & bellen|boos|woedend|furious|posten|posting|facebook', 'parents & furious|angry|posting|calling', 'verhalen & rond', 'hele & dag & bellen|gebeld'),
    ...weighted(2.5, 'petitie|petition', 'loopt|liep & uit & hand', 'escaleert|escalatie|out & of & hand'),
    ...weighted(2, 'ongeluk|ongeval|accident', 'incident', 'zwaargewond', 'ernstig|zwaar gewond'),
    ...weighted(3, 'ongeluk|ongeval|accident|crash & bus|kamp|schoolreis|excursie|uitje|trip|camp|coach', 'adviesteam', 'crisisplan|calamiteitenplan|draaiboek', 'viraal', 'gaat|ging & rond & filmpje|video|foto*'),
    ...weighted(2.5, 'onderzoek|onderzocht|investigat* & politie|police', 'lokale|local & krant|paper|pers|media'),
  ],
};
