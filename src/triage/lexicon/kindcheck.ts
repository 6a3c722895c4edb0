import type { Evidence } from '../evidence.js';
import { type RouteLexicon, weighted } from './types.js';

/** A parent's situation that may harm the children: depression, addiction, eviction, violence around a divorce. */
export const kindcheck: RouteLexicon = {
  route: 'kindcheck',
  cues: [
    ...weighted(5, 'kindcheck', 'kind & check'),
    ...weighted(
      3.5,
      'depressie*|depressief|depressieve|depress*',
      'verslaaf*|verslaving*|verslaafd|addict*',
      'psychose|psychotisch|psychiatri*|psychisch*',
      'huisuitzetting|uitgezet|uithuiszetting|evict*',
      'uit & huis & gezet',
      'huis & uit & moet|moeten|moest',
      'vechtscheiding',
      'alcoholist*|alcoholic',
      'drugsgebruik|drugsverslaafd|verslavingszorg',
      'verward|verwarde',
      'bipolair|schizofren*|borderline|gokverslav*',
      'niet & aanspreekbaar',
      'voedselbank|werkloos|ontslagen',
      'mental & health|illness|ill',
      'opgenomen & ggz|kliniek|psychiatrie|ziekenhuis',
      'zelfmoordpoging',
    ),
    ...weighted(
      2.5,
      'scheiding|gescheiden|scheiden|echtscheiding|divorce*|separat*',
      'uit & elkaar',
      'alcohol|drinkt|drank|drinks|drinking',
      'drugs|blowt|cocaine|coke',
      'dakloos|homeless',
      'schulden|debt*|deurwaarder',
      'ligt & dag & bed',
      'ggz',
      'burnout|overspannen', 'burn out',
      'gevangenis|detentie|prison|jail',
      'vast & zit',
      'ernstig|zwaar & ziek',
      'seriously & ill',
    ),
    ...weighted(1.5, 'ruzie & ouders|thuis', 'financiel*|geldzorgen|armoede|poverty', 'dronken|drunk'),
  ],
  combine: aboutParent,
};

function aboutParent(e: Evidence): number {
  return e.has('family') ? 1 : 0;
}
