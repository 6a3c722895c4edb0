import { calamityCommand } from '../calamity/calamity-module.js';
import type { ModuleCommand } from '../engine/types.js';
import { privacyCommand } from '../privacy/privacy-module.js';

/** Whole-message commands of the calamity and privacy modules, for the engine to recognise after its safety check. */
export function recogniseModuleCommand(text: string): ModuleCommand | null {
  const privacy = privacyCommand(text);
  if (privacy) return { module: 'privacy', command: privacy };
  const calamity = calamityCommand(text);
  return calamity ? { module: 'calamity', command: calamity.command, arg: calamity.arg } : null;
}
