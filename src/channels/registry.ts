import type { Config } from '../config.js';
import type { Content } from '../content/types.js';
import type { ChannelId } from '../engine/types.js';
import { WatnuError } from '../errors.js';
import type { ChannelAddress } from './channel.js';
import type { AnyChannelPlugin, ChannelPlugin } from './plugin.js';

const channelIdPattern = /^[a-z][a-z0-9-]{1,30}$/;

/** The channel plugins of this process: ids are opaque strings everywhere else, validated here. */
export class ChannelRegistry {
  private readonly plugins = new Map<ChannelId, ChannelPlugin>();

  constructor(plugins: ReadonlyArray<AnyChannelPlugin>) {
    for (const plugin of plugins) {
      if (!channelIdPattern.test(plugin.id)) throw new WatnuError('CONFIG_INVALID', `channel plugin id "${plugin.id}" is not lower-case letters, digits and dashes`);
      if (this.plugins.has(plugin.id)) throw new WatnuError('CONFIG_INVALID', `two channel plugins claim the id "${plugin.id}"`);
      this.plugins.set(plugin.id, plugin);
    }
  }

  all(): ChannelPlugin[] {
    return [...this.plugins.values()];
  }

  has(id: string): boolean {
    return this.plugins.has(id);
  }

  get(id: ChannelId): ChannelPlugin {
    const plugin = this.plugins.get(id);
    if (!plugin) throw new WatnuError('CONFIG_INVALID', `no channel plugin "${id}" is registered`);
    return plugin;
  }

  /** An address any part of WatNu may hold: its channel is registered and its plugin's schema accepts it. */
  address(value: ChannelAddress): ChannelAddress {
    const parsed = this.get(value.channel).address.safeParse(value);
    if (!parsed.success) throw new WatnuError('CONFIG_INVALID', `not a valid ${value.channel} address: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
    return parsed.data;
  }

  addressKey(address: ChannelAddress): string {
    return this.get(address.channel).addressKey(address);
  }

  conversationAddress(schoolId: string, channel: ChannelId, conversationId: string): ChannelAddress {
    return this.get(channel).conversationAddress(schoolId, conversationId);
  }

  /** The addresses a school's `channels.<target>` entries stand for, in the order the school lists them. */
  targetAddresses(schoolId: string, targets: Readonly<Record<string, unknown>>): ChannelAddress[] {
    const addresses: ChannelAddress[] = [];
    for (const [id, target] of Object.entries(targets)) {
      if (target === undefined) continue;
      const plugin = this.get(id);
      if (!plugin.targetAddress) throw new WatnuError('CONTENT_INVALID', `school ${schoolId}: channel "${id}" cannot receive handoffs`);
      addresses.push(plugin.targetAddress(schoolId, target as Readonly<Record<string, unknown>>));
    }
    return addresses;
  }

  /** Every school's channel targets name a registered plugin and pass its schema; one line per problem. */
  schoolProblems(content: Content): string[] {
    const problems: string[] = [];
    for (const school of content.schools.values()) {
      for (const [role, targets] of Object.entries(school.channels)) {
        for (const [id, target] of Object.entries(targets as Readonly<Record<string, unknown>>)) {
          if (target === undefined) continue;
          const plugin = this.plugins.get(id);
          const where = `schools/${school.id}/school.yaml: channels.${role}.${id}`;
          if (!plugin?.target) {
            problems.push(`${where}: no channel "${id}" takes handoffs (known: ${[...this.plugins.values()].filter((p) => p.target).map((p) => p.id).join(', ')})`);
            continue;
          }
          const parsed = plugin.target.safeParse(target);
          if (!parsed.success) problems.push(...parsed.error.issues.map((issue) => `${where}${issue.path.length ? `.${issue.path.join('.')}` : ''}: ${issue.message}`));
        }
      }
    }
    return problems;
  }

  /** Each plugin's own settings, parsed from the environment; CONFIG_INVALID names the plugin and variable. */
  settings(config: Config): Map<ChannelId, unknown> {
    const settings = new Map<ChannelId, unknown>();
    for (const plugin of this.plugins.values()) {
      if (!plugin.config) {
        settings.set(plugin.id, undefined);
        continue;
      }
      const parsed = plugin.config.safeParse(config.env);
      if (!parsed.success) {
        const details = parsed.error.issues.map((issue) => `${issue.path.join('.') || plugin.id}: ${issue.message}`);
        throw new WatnuError('CONFIG_INVALID', `Invalid configuration of the ${plugin.id} channel: ${details.join('; ')}`, details);
      }
      settings.set(plugin.id, parsed.data);
    }
    return settings;
  }
}
