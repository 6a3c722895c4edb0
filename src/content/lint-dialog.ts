import { stepTargets } from './dialog-schema.js';
import { dialogTitleKey, stepLocaleKeys } from './dialog-keys.js';
import type { ContentProblem } from './problem.js';
import type { Dialog, RouteInfo } from './types.js';

/**
 * Graph lint for one dialog: unknown targets, unreachable steps, paths that
 * never end, missing sources. School-dependent checks (roles, contacts,
 * placeholders) live in lint-usage.ts.
 */
export function lintDialogGraph(dialog: Dialog, routes: ReadonlyMap<string, RouteInfo>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const problem = (code: ContentProblem['code'], at: string, message: string) =>
    problems.push({ code, file: dialog.file, at, message });
  const steps = dialog.steps;

  if (!routes.has(dialog.route)) problem('unknown-route', 'route', `route "${dialog.route}" is not in dialogs/_routes.yaml`);
  if (!(dialog.start in steps)) problem('unknown-target', 'start', `start step "${dialog.start}" does not exist`);

  for (const [stepId, step] of Object.entries(steps)) {
    for (const target of stepTargets(step)) {
      if (!(target in steps)) problem('unknown-target', stepId, `leads to "${target}", which is not a step of this dialog`);
    }
    if (step.type !== 'switch' && !step.source) {
      problem('missing-source', stepId, 'step has no source: cite the plan section and a verbatim quote');
    }
    if (step.type === 'switch' && !routes.has(step.route)) {
      problem('unknown-route', stepId, `switches to unknown route "${step.route}"`);
    }
    if (step.type === 'end') {
      for (const route of step.offer ?? []) {
        if (!routes.has(route)) problem('unknown-route', stepId, `offers unknown route "${route}"`);
      }
    }
  }

  const reachable = reachableFrom(dialog.start, steps);
  for (const stepId of Object.keys(steps)) {
    if (!reachable.has(stepId)) problem('unreachable-step', stepId, `no path from "${dialog.start}" reaches this step`);
  }
  const finishing = stepsThatFinish(steps);
  for (const stepId of reachable) {
    if (stepId in steps && !finishing.has(stepId)) {
      problem('non-terminating', stepId, 'no path from this step reaches an end or switch step');
    }
  }
  return problems;
}

function reachableFrom(start: string, steps: Dialog['steps']): Set<string> {
  const seen = new Set<string>();
  const queue = [start];
  while (queue.length > 0) {
    const id = queue.pop()!;
    const step = steps[id];
    if (seen.has(id) || !step) continue;
    seen.add(id);
    queue.push(...stepTargets(step));
  }
  return seen;
}

/** Steps from which some path reaches an `end` or `switch` (fixpoint over reverse edges). */
function stepsThatFinish(steps: Dialog['steps']): Set<string> {
  const finishing = new Set<string>();
  for (const [id, step] of Object.entries(steps)) if (step.type === 'end' || step.type === 'switch') finishing.add(id);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [id, step] of Object.entries(steps)) {
      if (!finishing.has(id) && stepTargets(step).some((t) => finishing.has(t))) {
        finishing.add(id);
        grew = true;
      }
    }
  }
  return finishing;
}

/** All locale keys a dialog needs, with the step that needs each. */
export function dialogLocaleKeys(dialog: Dialog): Array<{ key: string; at: string }> {
  const keys = [{ key: dialogTitleKey(dialog), at: 'title' }];
  for (const [stepId, step] of Object.entries(dialog.steps)) {
    for (const key of stepLocaleKeys(dialog, stepId, step)) keys.push({ key, at: stepId });
  }
  return keys;
}
