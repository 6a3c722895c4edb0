import { routeIds, unclearRoute } from '../routes.js';

/** What the model chooses between: every route, plus 'onduidelijk' for texts too vague to route. */
export const modelClasses: readonly string[] = [...routeIds, unclearRoute];
