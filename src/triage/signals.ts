/**
 * The shared concepts several routes reason about: who is involved (pupil,
 * family, staff, outsider, the asker), what happened (harm, threat, sexual
 * behaviour), and how (told by the pupil, happening right now). Their
 * patterns are data (triage/lexicon/_signals.yaml); the ids are code, because
 * the rules ask for them by name. The order is the order of the model's
 * concept features.
 */
export const signalIds = [
  'pupil',
  'family',
  'home',
  'staff',
  'outsider',
  'self',
  'selfObject',
  'tells',
  'secret',
  'harm',
  'injury',
  'fear',
  'threat',
  'aggression',
  'sexual',
  'message',
  'image',
  'privatePlace',
  'past',
  'mean',
  'repeated',
  'belongings',
  'intimacy',
  'isolation',
  'medical',
  'intoxicated',
  'now',
  'presence',
  'schoolPeer',
] as const;

export type SignalId = (typeof signalIds)[number];

/** The signals that name a person, in the order roles.ts prefers them when one word is two kinds. */
export const personKinds = ['pupil', 'staff', 'family', 'outsider', 'self'] as const;
export type PersonKind = (typeof personKinds)[number];
