import type { ContactCard } from '../../engine/types.js';
import type { Say } from './card-say.js';
import { type CardElement, type ColumnSet, type Container, escapeMarkdown, type OpenUrlAction, type TextBlock } from './card-types.js';

const small = (text: string, extra: Partial<TextBlock> = {}): TextBlock => ({
  type: 'TextBlock',
  text: escapeMarkdown(text),
  wrap: true,
  size: 'small',
  isSubtle: true,
  spacing: 'small',
  ...extra,
});

/**
 * One sociale-kaart contact, phone first (issue 19): one compact line with the
 * name, whether it can be reached now and a call button; a tap on the line
 * unfolds the details (what for, hours, every number, e-mail, website,
 * address, source), which stay in the card.
 */
export function contactElement(contact: ContactCard, say: Say, shown: readonly ContactCard[], id: string): Container {
  const detailsId = `${id}-details`;
  const toggle = { type: 'Action.ToggleVisibility', title: say('teams.contact.more'), targetElements: [detailsId] } as const;
  const summary: CardElement[] = [{ type: 'TextBlock', text: escapeMarkdown(`${contact.name} ▾`), wrap: true, weight: 'bolder' }];
  const state = openState(contact, say);
  if (state) summary.push(state);
  const call = callAction(contact, say);
  if (!call && contact.missing) summary.push(small(contact.missing, { isSubtle: false, color: 'warning' }));
  const line: ColumnSet = {
    type: 'ColumnSet',
    columns: [
      { type: 'Column', width: 'stretch', items: summary, verticalContentAlignment: 'center', selectAction: toggle },
      ...(call ? [{ type: 'Column' as const, width: 'auto' as const, items: [{ type: 'ActionSet' as const, actions: [call] }], verticalContentAlignment: 'center' as const }] : []),
    ],
  };
  return { type: 'Container', separator: true, spacing: 'small', items: [line, { type: 'Container', id: detailsId, isVisible: false, items: details(contact, say, shown) }] };
}

function details(contact: ContactCard, say: Say, shown: readonly ContactCard[]): CardElement[] {
  const items: CardElement[] = [];
  if (contact.organisation && contact.organisation !== contact.name) items.push(small(contact.organisation, { isSubtle: false }));
  if (contact.description) items.push({ type: 'TextBlock', text: escapeMarkdown(contact.description), wrap: true, spacing: 'small' });
  if (contact.alternativeFor) {
    const closed = shown.find((c) => c.id === contact.alternativeFor);
    if (closed) items.push(small(say('teams.contact.alternative-for', { name: closed.name })));
  }
  if (contact.hoursText) items.push(small(contact.hoursText, { isSubtle: false }));
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
  return items;
}

/** The compact line says only whether the contact can be reached now; the hours are in the details. */
function openState(contact: ContactCard, say: Say): TextBlock | null {
  const color = contact.openNow === true ? 'good' : contact.openNow === false ? 'attention' : undefined;
  if (contact.openNow === null) return null;
  return small(say(contact.openNow ? 'teams.contact.open' : 'teams.contact.closed'), { isSubtle: false, weight: 'bolder', ...(color ? { color } : {}) });
}

/** The number to call now: the first one that is open, else the first one. */
function callAction(contact: ContactCard, say: Say): OpenUrlAction | null {
  const phones = contact.phones.filter((p) => p.uri.startsWith('tel:'));
  const phone = phones.find((p) => p.openNow !== false) ?? phones[0];
  return phone ? { type: 'Action.OpenUrl', title: say('teams.contact.call', { number: phone.number }), url: phone.uri } : null;
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
