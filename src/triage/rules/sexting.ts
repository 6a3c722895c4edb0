import type { Evidence } from '../evidence.js';

/**
 * Sexual images, images taken where people undress (a film made in the toilets),
 * or images used to threaten (sextortion: "ik verspreid je foto als je niet betaalt").
 */
export function sexualImages(e: Evidence): number {
  if (!e.has('image')) return 0;
  return (e.has('sexual') ? 3 : 0) + (e.has('privatePlace') ? 3.5 : 0) + (e.has('threat') ? 3 : 0);
}
