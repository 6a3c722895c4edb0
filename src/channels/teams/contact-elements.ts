import type { ContactCard } from '../../engine/types.js';
import type { Say } from './card-say.js';
import { type CardElement, type Container, escapeMarkdown, type OpenUrlAction, type TextBlock } from './card-types.js';

const small = (text: string, extra: Partial<TextBlock> = {}): TextBlock => ({
  type: 'TextBlock',
  text: escapeMarkdown(text),
  wrap: true,
  size: 'small',
  isSubtle: true,
  spacing: 'small',
  ...extra,
});

/** One sociale-kaart contact: name, whether it can be reached now, numbers (tap to call), source. */
export function contactElement(contact: ContactCard, say: Say, shown: readonly ContactCard[]): Container {
  const items: CardElement[] = [{ type: 'TextBlock', text: escapeMarkdown(contact.name), wrap: true, weight: 'bolder' }];
  if (contact.organisation && contact.organisation !== contact.name) items.push(small(contact.organisation, { isSubtle: false }));
  if (contact.description) items.push({ type: 'TextBlock', text: escapeMarkdown(contact.description), wrap: true, spacing: 'small' });
  if (contact.alternativeFor) {
    const closed = shown.find((c) => c.id === contact.alternativeFor);
    if (closed) items.push(small(say('teams.contact.alternative-for', { name: closed.name })));
  }
  const state = openState(contact, say);
  if (state) items.push(state);
  if (contact.hoursNote) items.push(small(contact.hoursNote));
  const facts = [
    ...contact.phones.map((p) => ({
      title: p.label ?? say('teams.contact.phone'),
      value: escapeMarkdown([p.number, p.hoursText, p.openNow === false ? say('teams.contact.closed-short') : undefined].filter(Boolean).join(' · ')),
    })),
    ...(contact.email ? [{ title: say('teams.contact.email'), value: escapeMarkdown(contact.email) }] : []),
    ...(contact.website ? [{ title: say('teams.contact.website'), value: escapeMarkdown(contact.website) }] : []),
    ...(contact.address ? [{ title: say('teams.contact.address'), value: escapeMarkdown(contact.address) }] : []),
  ];
  if (facts.length > 0) items.push({ type: 'FactSet', facts, spacing: 'small' });
  if (contact.missing) items.push({ type: 'TextBlock', text: escapeMarkdown(contact.missing), wrap: true, color: 'warning', size: 'small', spacing: 'small' });
  if (contact.originNote) items.push(small(contact.originNote));
  items.push(small(say('teams.source', { source: contact.source })));
  const actions = contactActions(contact, say);
  if (actions.length > 0) items.push({ type: 'ActionSet', actions, spacing: 'small' });
  return { type: 'Container', style: 'emphasis', separator: true, spacing: 'medium', items };
}

function openState(contact: ContactCard, say: Say): TextBlock | null {
  const color = contact.openNow === true ? 'good' : contact.openNow === false ? 'attention' : undefined;
  if (contact.hoursText) return { ...small(contact.hoursText, { isSubtle: false }), ...(color ? { color } : {}) };
  if (contact.openNow === null) return null;
  return small(say(contact.openNow ? 'teams.contact.open' : 'teams.contact.closed'), { isSubtle: false, weight: 'bolder', ...(color ? { color } : {}) });
}

function contactActions(contact: ContactCard, say: Say): OpenUrlAction[] {
  const actions: OpenUrlAction[] = contact.phones
    .filter((p) => p.uri.startsWith('tel:'))
    .slice(0, 3)
    .map((p) => ({ type: 'Action.OpenUrl', title: say('teams.contact.call', { number: p.number }), url: p.uri }));
  if (contact.email) actions.push({ type: 'Action.OpenUrl', title: say('teams.contact.mail'), url: `mailto:${contact.email}` });
  const web = websiteUrl(contact.website);
  if (web) actions.push({ type: 'Action.OpenUrl', title: say('teams.contact.open-website'), url: web });
  return actions;
}

/** The plan writes "www.veiligthuis.nl"; a button needs a full http(s) URL. */
function websiteUrl(website: string | undefined): string | null {
  if (!website) return null;
  const url = /^https?:\/\//i.test(website) ? website : `https://${website}`;
  return URL.canParse(url) ? url : null;
}
