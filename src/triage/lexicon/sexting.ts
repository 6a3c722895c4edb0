import type { Evidence } from '../evidence.js';
import { type RouteLexicon, weighted } from './types.js';

/** Sexual images or videos of pupils shared, sextortion, online sexual threats. */
export const sexting: RouteLexicon = {
  route: 'sexting',
  cues: [
    ...weighted(
      5,
      'sexting|sextortion|sekstortie|sexchat*',
      'naaktfoto*|naaktfilmp*|naaktbeeld*|naaktselfie*|naaktvideo*|nudes',
      'nude & photo*|pic*|picture*|image*|video*|selfie*',
      'dick & pic*',
      'dickpic*',
      'seksueel|seksuele|sexual|explicit|getint|expliciet & foto*|beeld*|filmp*|video*|images|photos|pictures',
    ),
    ...weighted(4, 'bloot|blote & foto*|filmp*|video*|beeld*|plaatje*'),
    ...weighted(3, 'naakt|bloot|naked|topless', 'chantage|chanteert|chanteren|gechanteerd|afpers*|blackmail*', 'webcam', 'pikant*|sexy'),
    ...weighted(
      1.5,
      'rondgestuurd|doorgestuurd|verspreid|verspreidt|gedeeld|deelt|rondgaan|circulat*|shared|spread|forwarded',
      'gaat|gaan|ging & rond',
      'online & zet|zetten|plaatst|plaatsen|gooit|gooien',
      'post|posts|posting|upload* & online|internet',
      'vraagt|vroeg|vragen & om & foto*|plaatjes|filmpjes',
      'asked|asks & for & photo*|pictures|pics',
      'send|sending|sturen|stuur & photo*|pictures|pics|foto*',
      'stiekem|heimelijk|secretly & foto*|gefilmd|filmpje*|gefotografeerd|filmed|photographed',
    ),
    ...weighted(3.5, 'onder & rok|rokje|rokken|jurk|skirt|dress & gefilmd|filmde|filmt|filmen|foto*|gefotografeerd|filmed|photo*', 'upskirt*'),
  ],
  combine: sexualImages,
};

/**
 * Sexual images, images taken where people undress (a film made in the toilets),
 * or images used to threaten (sextortion: "ik verspreid je foto als je niet betaalt").
 */
function sexualImages(e: Evidence): number {
  if (!e.has('image')) return 0;
  return (e.has('sexual') ? 3 : 0) + (e.has('privatePlace') ? 3.5 : 0) + (e.has('threat') ? 3 : 0);
}
