/**
 * The triage route ids (docs/routes.md). Kept as code so triage needs no content
 * loading; a test checks the list against dialogs/_routes.yaml.
 */
export const routeIds = [
  'acuut',
  'disclosure',
  'eergerelateerd',
  'misbruik-door-personeel',
  'vermissing',
  'meldcode',
  'kindcheck',
  'pesten',
  'grensoverschrijdend',
  'sexting',
  'ongewenst-gedrag-personeel',
  'calamiteit',
  'overlijden',
  'klacht',
  'sociale-kaart',
  'dossier',
  'rol',
] as const;

export type RouteId = (typeof routeIds)[number];

/** The fallback id an evaluation line uses for "asked a clarifying question". */
export const unclearRoute = 'onduidelijk';

/** Routes where a wrong first answer can hurt a child. */
export const safetyRoutes: ReadonlySet<RouteId> = new Set<RouteId>([
  'acuut',
  'disclosure',
  'eergerelateerd',
  'misbruik-door-personeel',
  'vermissing',
]);

export function isSafetyRoute(route: string): boolean {
  return safetyRoutes.has(route as RouteId);
}
