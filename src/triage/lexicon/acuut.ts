import { acts, adults } from '../acts.js';
import type { Evidence } from '../evidence.js';
import { subjectBefore } from '../roles.js';
import { type RouteLexicon, weighted } from './types.js';

/** Direct physical danger now, or a pupil who cannot safely go home today. */
export const acuut: RouteLexicon = {
  route: 'acuut',
  cues: [
    ...weighted(
      5,
      'durf* & niet & naar & huis',
      'wil|kan|durft|durven|mag & niet & meer & naar & huis',
      '*bang & naar & huis',
      'niet & veilig & naar & huis',
      'afraid|scared|frightened & to & go & home',
      'dare & not & go & home',
      'can not go home',
      'cannot go home',
      'wapen*|vuurwapen*|pistool|pistolen|geweer|mes|messen|steekwapen*|vuurwerkbom',
      'weapon*|gun|guns|knife|knives|machete|axe',
      'honkbalknuppel|knuppel|bijl|hamer|machete|boksbeugel',
      'baseball & bat',
      'zelfbeschadiging|automutilatie|zelfverwonding',
      'self harm',
      'zichzelf & snijdt|snijden|snijd|krast|beschadigt|verwondt',
      'cuts|cutting|harming & herself|himself',
      'levensgevaar|acuut|spoed|noodgeval|noodsituatie',
      'acuut|direct|onmiddellijk gevaar',
      'in gevaar',
      'immediate|acute & danger',
      'in danger', 'emergency',
      'ontvoer*|abduct*|kidnap*',
      'zelfmoord|zelfdoding & wil|dreigt|denkt|plannen|gedachten|praat',
      'suicid*',
      'van het leven beroven',
      'dood & wil|willen|wilt',
      'wil|wilt & niet & meer & leven',
      'afscheidsbrief',
      'wants|want & to & die',
      'end & life|it',
      'zichzelf & iets & aandoen|aandoet',
      'kill|hurt & himself|herself',
      'dood te maken',
      'dood maken|maakt',
      'maakt|maak|maken & dood',
      'vermoord*',
      '112',
      'indringer|intruder',
      'onbekende|vreemde & man|vrouw|persoon|mensen & school|schoolplein|plein|gebouw|gang|klas|hek',
      'stranger & school|playground|building|gate',
      // Suicide and self-harm, in the words people use for it.
      'eind|einde aan leven',
      'zelfmoordgedachte*|doodsgedachte*|doodswens',
      'springen|springt|spring & dak|brug|raam|trein|flat',
      'dreigt & springen|springt',
      'jump|jumping|jumps & roof|bridge|window|building|train',
      'threaten* & jump',
      'zichzelf & ophangen|verhangen|doodmaken',
      'niet & meer & leven|wakker & willen|wil|wilt',
      'take & own & life',
      'te veel & pillen|medicijnen|tabletten',
      'too & many & pills',
      // Weapons used and shooting.
      'schietpartij|schutter|gunfire|gunshot*|beschoten',
      'wordt|werd|worden|werden geschoten',
      'geschoten & straat|wijk|buurt|school|mensen|iemand',
      'shots & fired|heard',
      'shot & at|dead|him|her|someone|somebody|child|pupil|teacher',
      'met & schaar|mes|passer|glas|scherf & gestoken|steekt|stak',
      'stabbed',
      // Fleeing from violence at home.
      'vluchten|vluchtte|vluchtten|gevlucht|flee|flees|fleeing|fled',
      'vlucht & voor|met|weg',
      'verstoppen|verstop|onderduiken & voor & vader|moeder|man|vriend|partner|ex|hem|haar',
      'blijf van mijn lijf',
      'vrouwenopvang|shelter',
      'safe house',
      // Not safe to go home (today).
      'vandaag|vanavond|vannacht|today|tonight & niet & veilig|safe & thuis|huis|home',
      'acute & onveilig*|gevaar|nood|situatie|dreiging',
      'op & school & houden|hou & thuis|huis|veilig',
    ),
    ...weighted(2.5, 'vraagt|vroeg|smeekt|smeekte & bij & mij|ons|jou & blijven|slapen|logeren'),
    ...weighted(4, 'wil|kan & niet & naar & huis', 'not|doesnt & want & go & home'),
    ...weighted(
      2.5,
      'meenemen|meegenomen|ontrukken',
      'mee te nemen',
      'neemt|nam & mee',
      'take|taking|took|grab|grabbing|snatch* & him|her|them|his|their & away|daughter|son|child|kid|kids',
      'rechterlijk & verbod',
      'contactverbod|straatverbod|omgangsverbod|gebiedsverbod',
      'restraining order',
    ),
    ...weighted(2, 'dronken|drunk|beschonken', 'onder invloed', 'gevaar|gevaarlijk|danger*|dangerous', 'bang & vader|moeder|thuis|stiefvader', 'urgent'),
    ...weighted(1.5, 'wil|wilt & niet & weg|vertrekken', 'refuses & leave'),
    ...weighted(3, 'bloedt|bloeden|bleeding & flink|erg|hevig|veel|heavily|badly', 'bewusteloos|unconscious', 'thuis|huis & niet & veilig', 'onveilig & thuis|huis', 'not & safe & home'),
    // Driving off drunk with a child.
    ...weighted(3, 'auto|rijden|wegrijden|rijdt|car|drive|driving & dronken|drunk|*bezopen|ladderzat|onder invloed|drunk|wasted'),
    ...weighted(1, 'politie|police', 'bloedt|bleeding'),
  ],
  combine: (e) => dangerNow(e) + medicalEmergency(e),
};

/**
 * Someone at school collapsing or overdosing is acute; a parent who was taken
 * to hospital after an overdose last week is a kindcheck.
 */
function medicalEmergency(e: Evidence): number {
  const hits = e.hits('medical');
  if (hits.length === 0) return 0;
  const aboutParent = hits.every((occurrence) => subjectBefore(e, occurrence[0]!, true) === 'family');
  return aboutParent && !e.has('now') ? 1.5 : 5;
}

/**
 * A threat or violence by an adult that is happening now or here. Children
 * fighting in the break is behaviour, not this; an unnamed "ze" is in between.
 */
function dangerNow(e: Evidence): number {
  // Someone at the gate every day is a pattern to act on, not a danger this minute.
  const happening = e.has('now') || (e.has('presence') && !e.has('past') && !e.has('repeated'));
  const danger = acts(e, ['threat', 'harm', 'aggression']);
  const drunkHere = happening && e.has('intoxicated') ? 2 : 0;
  if (danger.length === 0) return drunkHere;
  if (!happening) return 0.5;
  const injured = e.has('injury') ? 1.5 : 0;
  // Shouting at or intimidating staff is unwanted behaviour; hurting, threatening, or raging at a child is danger.
  const physical = (act: (typeof danger)[number]): boolean => act.signal !== 'aggression' || (act.victim !== 'self' && act.victim !== 'staff');
  // Decisive on its own (triage.ts ruleSafetyNet): whatever the model reads, the asker gets 112 first and one question.
  if (danger.some((act) => adults.has(act.actor) && physical(act))) return 4 + injured + drunkHere;
  if (danger.some((act) => adults.has(act.actor))) return 1 + injured + drunkHere;
  if (danger.some((act) => act.actor === 'unknown') && !e.has('schoolPeer')) return 2 + injured + drunkHere;
  return 0.5;
}
