import { type RouteLexicon, weighted } from './types.js';

/** A complaint, the vertrouwenspersoon, the klachtenregeling. */
export const klacht: RouteLexicon = {
  route: 'klacht',
  cues: [
    ...weighted(5, 'klacht*|klachten*|complaint*|complain*|beklag', 'vertrouwenspersoon|vertrouwenspersonen', 'confidential & adviser|advisor|counsellor|counselor|person'),
    ...weighted(3, 'niet & eens & met|over', 'boos|ontevreden|ontstemd & over & beslissing|school|aanpak|directeur|juf|leerkracht|meester|behandeling'),
    ...weighted(4, 'beroep|bezwaar & schorsing|verwijdering|besluit|beslissing|straf', 'in beroep', 'appeal*'),
    ...weighted(3.5, 'hogerop|escaleren|escalate*', 'onterecht|oneerlijk|unfair|unfairly & gestraft|behandeld|punished|treated'),
    ...weighted(2.5, 'ontevreden|unhappy', 'bezwaar|geschillencommissie|onderwijsinspectie|inspectie', 'indienen', 'disagree*'),
    ...weighted(5, 'klokkenluider*|whistleblow*'),
    ...weighted(3.5, 'klaagt|klaagde|klagen|geklaagd|beklaagt|beklaagde'),
    ...weighted(3.5, 'stappen & naar & inspectie|geschillencommissie|klachtencommissie|rechter|advocaat|media', 'report & to & inspectorate|ofsted'),
    ...weighted(1.5, 'waar & kunnen|kan|moeten & terecht', 'beslissing|decision'),
  ],
};
