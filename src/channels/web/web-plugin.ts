import { join } from 'node:path';
import { trustsPageRole } from '../../config.js';
import { defineChannel } from '../plugin.js';
import type { WebAuth } from './auth/web-auth.js';
import { type WebAddress, webAddressSchema } from './web-address.js';
import { mountWebChannel } from './web-channel.js';
import { createWebInbox } from './web-inbox.js';

/**
 * The embedded web chat and its inboxes: always on, and the inbox every
 * handoff also lands in. Static import (no SDK); sign-in is the app's, passed
 * in as a getter: the plugin is defined before the database is open, sign-in
 * (which needs the database) is made after, and read when the chat is mounted.
 */
export function webPlugin(deps: { readonly auth?: () => WebAuth | undefined }) {
  return defineChannel<undefined>({
    id: 'web',
    enabled: () => true,
    address: webAddressSchema,
    // The inbox of a handoff target (`ib`, `directeur`); schools do not configure it.
    targetAddress: (schoolId, target) => ({ channel: 'web', schoolId, inbox: String(target.inbox) }),
    conversationAddress: (schoolId, conversationId) => ({ channel: 'web', schoolId, inbox: `conv:${conversationId}` }),
    addressKey: (address) => `web:${(address as WebAddress).inbox}`,
    load: async () => (ctx) => ({
      delivery: createWebInbox(ctx.db, ctx.newId, ctx.clock),
      mount(app) {
        const auth = deps.auth?.();
        mountWebChannel(app, {
          ...(auth ? { auth } : {}),
          trustPageRole: trustsPageRole(ctx.config),
          runner: ctx.runner,
          handoffs: ctx.handoffs,
          content: ctx.content,
          db: ctx.db,
          log: ctx.log,
          devClock: ctx.config.WATNU_DEV_CLOCK,
          clock: ctx.clock,
          ...(ctx.config.WEB_SHARED_SECRET ? { sharedSecret: ctx.config.WEB_SHARED_SECRET } : {}),
          staticDir: join(ctx.config.root, 'src', 'channels', 'web', 'static'),
        });
      },
    }),
  });
}
