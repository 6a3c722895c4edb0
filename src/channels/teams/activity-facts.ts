import type { Activity } from 'botbuilder';
import { isLocale, type Locale, type LocaleTable } from '../../content/types.js';
import { baseConversationId, type ConversationKind, kindOfConversation } from './conversation-id.js';

/** What WatNu reads from any Teams activity: where it comes from and who sent it. */
export interface ActivityFacts {
  readonly conversationId: string;
  readonly kind: ConversationKind;
  readonly tenantId: string | null;
  readonly teamId: string | null;
  /** The channel a channel message or thread belongs to. */
  readonly channelId: string | null;
  readonly serviceUrl: string;
  /** Teams' own user id ("29:…"), needed to ask the connector for the UPN. */
  readonly fromId: string;
  /** The stable Entra ID (AAD) object id of the user. */
  readonly aadObjectId: string | null;
  readonly fromName: string | null;
  readonly botId: string;
  readonly botName: string | null;
  readonly locale: Locale | undefined;
}

interface TeamsChannelData {
  readonly tenant?: { readonly id?: string };
  readonly team?: { readonly id?: string };
  readonly channel?: { readonly id?: string };
  readonly eventType?: string;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.length > 0 ? value : null);

/** `locales`: the languages of locales/; a client in another language gets none (the conversation's own, or the default). */
export function activityFacts(activity: Partial<Activity>, locales: Readonly<Record<Locale, LocaleTable>>): ActivityFacts {
  const data = (activity.channelData ?? {}) as TeamsChannelData;
  const conversationId = activity.conversation?.id ?? '';
  const kind = kindOfConversation(activity.conversation?.conversationType, conversationId);
  const clientInfo = (activity.entities ?? []).find((e) => e.type === 'clientInfo') as { locale?: string } | undefined;
  return {
    conversationId,
    kind,
    tenantId: text(data.tenant?.id) ?? text(activity.conversation?.tenantId),
    teamId: text(data.team?.id),
    channelId: text(data.channel?.id) ?? (kind === 'channel' ? baseConversationId(conversationId) : null),
    serviceUrl: activity.serviceUrl ?? '',
    fromId: activity.from?.id ?? '',
    aadObjectId: text(activity.from?.aadObjectId),
    fromName: text(activity.from?.name),
    botId: activity.recipient?.id ?? '',
    botName: text(activity.recipient?.name),
    locale: localeOf(activity.locale ?? clientInfo?.locale, locales),
  };
}

/** "nl-NL", "nl-BE" → nl; "en-GB", "en-US" → en: a language of locales/; anything else undefined (the conversation's earlier language, or the default). */
export function localeOf(tag: string | undefined, locales: Readonly<Record<Locale, LocaleTable>>): Locale | undefined {
  const lang = tag?.toLowerCase().split(/[-_]/)[0];
  return isLocale(lang, locales) ? lang : undefined;
}
