import { type Step, shortcutOf, stepFinishes, stepTargets } from './dialog-schema.js';
import { dialogTitleKey, formKeys, stepLocaleKeys } from './dialog-keys.js';
import { formSlotNames, lintCollectSteps } from './lint-collect.js';
import type { ContentProblem } from './problem.js';
import type { Dialog, Form, RouteInfo } from './types.js';

type Steps = Readonly<Record<string, Step>>;

/**
 * Graph lint for one dialog: unknown targets, unreachable steps, paths that
 * never end, missing sources, entries and shortcuts that point nowhere.
 * School-dependent checks (roles, contacts, placeholders) live in lint-usage.ts.
 */
export function lintDialogGraph(dialog: Dialog, routes: ReadonlyMap<string, RouteInfo>, forms: ReadonlyMap<string, Form> = new Map()): ContentProblem[] {
  // A shortcut is a way into its handoff step too.
  const problems = lintGraph(dialog.file, dialog.start, dialog.steps, (dialog.shortcuts ?? []).map((s) => shortcutOf(s).step));
  const problem = (code: ContentProblem['code'], at: string, message: string) => problems.push({ code, file: dialog.file, at, message });
  const steps = dialog.steps;

  if (!routes.has(dialog.route)) problem('unknown-route', 'route', `route "${dialog.route}" is not in dialogs/_routes.yaml`);
  for (const [stepId, step] of Object.entries(steps)) {
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
    if (step.type === 'handoff' && !forms.has('handoff')) problem('unknown-dialog', stepId, 'a handoff step calls the form dialogs/forms/handoff.yaml, which is missing');
  }
  for (const [name, entry] of Object.entries(dialog.entries ?? {})) {
    if (!(entry.step in steps)) problem('unknown-target', `entries.${name}`, `entry leads to "${entry.step}", which is not a step of this dialog`);
  }
  for (const [i, stepId] of (dialog.numbered ?? []).entries()) {
    if (!(stepId in steps)) problem('unknown-target', `numbered.${i + 1}`, `step ${i + 1} is "${stepId}", which is not a step of this dialog`);
  }
  for (const shortcut of dialog.shortcuts ?? []) {
    const { step } = shortcutOf(shortcut);
    if (steps[step]?.type !== 'handoff') problem('unknown-target', 'shortcuts', `shortcut "${step}" must be a handoff step of this dialog`);
  }
  problems.push(...lintCollectSteps(dialog.file, steps, 'protocol'));
  return problems;
}

/** Graph lint for a form: the same graph rules (a step without `next` returns to the caller), slot rules, start rules. */
export function lintFormGraph(form: Form): ContentProblem[] {
  const problems = lintGraph(form.file, form.start, form.steps);
  problems.push(...lintCollectSteps(form.file, form.steps, 'form'));
  const slots = formSlotNames(form.steps, form.params);
  const problem = (at: string, message: string) => problems.push({ code: 'unknown-slot', file: form.file, at, message });
  if (form.starts?.prefix && !slots.has(form.starts.prefix.slot)) problem('starts.prefix', `"${form.starts.prefix.slot}" is not a slot of this form`);
  if (form.starts?.arg && !form.params.includes(form.starts.arg)) problem('starts.arg', `"${form.starts.arg}" is not one of the form's params`);
  if (form.starts?.arg && !form.starts.choice) problem('starts.arg', 'an arg comes from a button id: give starts.choice');
  return problems;
}

function lintGraph(file: string, start: string, steps: Steps, alsoFrom: readonly string[] = []): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const problem = (code: ContentProblem['code'], at: string, message: string) => problems.push({ code, file, at, message });
  if (!(start in steps)) problem('unknown-target', 'start', `start step "${start}" does not exist`);
  for (const [stepId, step] of Object.entries(steps)) {
    for (const target of stepTargets(step)) {
      if (!(target in steps)) problem('unknown-target', stepId, `leads to "${target}", which is not a step of this dialog`);
    }
  }
  const reachable = reachableFrom([start, ...alsoFrom], steps);
  for (const stepId of Object.keys(steps)) {
    if (!reachable.has(stepId)) problem('unreachable-step', stepId, `no path from "${start}" reaches this step`);
  }
  const finishing = stepsThatFinish(steps);
  for (const stepId of reachable) {
    if (stepId in steps && !finishing.has(stepId)) {
      problem('non-terminating', stepId, 'no path from this step reaches an end or switch step');
    }
  }
  return problems;
}

function reachableFrom(starts: readonly string[], steps: Steps): Set<string> {
  const seen = new Set<string>();
  const queue = [...starts];
  while (queue.length > 0) {
    const id = queue.pop()!;
    const step = steps[id];
    if (seen.has(id) || !step) continue;
    seen.add(id);
    queue.push(...stepTargets(step));
  }
  return seen;
}

/** Steps from which some path reaches a finishing step (fixpoint over reverse edges). */
function stepsThatFinish(steps: Steps): Set<string> {
  const finishing = new Set<string>();
  for (const [id, step] of Object.entries(steps)) if (stepFinishes(step)) finishing.add(id);
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

/** All locale keys a dialog or form needs, with the step that needs each. */
export function dialogLocaleKeys(dialog: Dialog | Form): Array<{ key: string; at: string }> {
  const keys = 'route' in dialog ? [{ key: dialogTitleKey(dialog), at: 'title' }] : formKeys(dialog).map((key) => ({ key, at: 'form' }));
  if ('route' in dialog) for (const shortcut of dialog.shortcuts ?? []) if (typeof shortcut !== 'string') keys.push({ key: shortcut.label, at: 'shortcuts' });
  for (const [stepId, step] of Object.entries(dialog.steps)) {
    for (const key of stepLocaleKeys(dialog, stepId, step)) keys.push({ key, at: stepId });
  }
  return keys;
}
