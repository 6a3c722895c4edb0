import type { ChannelRegistry } from './registry.js';

let active: ChannelRegistry | null = null;

/**
 * The registry the free address functions (handoff/addresses.ts) consult.
 * The composition root installs it once at start; every app in a process
 * registers the same built-in plugins, so the last one installed answers.
 */
export function installChannelRegistry(registry: ChannelRegistry): void {
  active = registry;
}

export function channelRegistry(): ChannelRegistry {
  if (!active) throw new Error('no channel registry is installed (createApp installs it)');
  return active;
}
