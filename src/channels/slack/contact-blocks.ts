import type { types } from '@slack/bolt';
import type { ContactCard, PhoneView } from '../../engine/types.js';
import { bold, escapeMrkdwn, mrkdwnLink } from './mrkdwn.js';
import type { SlackSay } from './slack-texts.js';
import { contextBlocks, mrkdwnBlocks } from './text-blocks.js';

type KnownBlock = types.KnownBlock;

/** A contact card: name, what for, tappable tel:/mailto: links, hours and whether reachable now, then its source. */
export function contactBlocks(card: ContactCard, say: SlackSay): KnownBlock[] {
  const lines: string[] = [];
  lines.push(card.organisation && card.organisation !== card.name ? `${bold(card.name)} — ${escapeMrkdwn(card.organisation)}` : bold(card.name));
  if (card.description) lines.push(escapeMrkdwn(card.description));
  for (const phone of card.phones) lines.push(phoneLine(phone, say));
  if (card.email) lines.push(`:email: ${mrkdwnLink(`mailto:${card.email}`, card.email)}`);
  if (card.website) lines.push(`:globe_with_meridians: ${mrkdwnLink(webUrl(card.website), card.website)}`);
  if (card.address) lines.push(`:round_pushpin: ${escapeMrkdwn(card.address)}`);
  if (card.hoursText) lines.push(`:clock3: ${escapeMrkdwn(card.hoursText)}`);
  else if (card.openNow !== null) lines.push(`:clock3: ${openText(card.openNow, say)}`);
  for (const note of [card.hoursNote, card.originNote]) if (note) lines.push(`_${escapeMrkdwn(note)}_`);
  if (card.missing) lines.push(`:warning: ${escapeMrkdwn(card.missing)}`);

  return [...mrkdwnBlocks(lines.join('\n')), ...contextBlocks(say('source', { source: card.source }), ':page_facing_up: ')];
}

function phoneLine(phone: PhoneView, say: SlackSay): string {
  const parts = [`:telephone_receiver: ${mrkdwnLink(phone.uri, phone.number)}`];
  if (phone.label) parts.push(`(${escapeMrkdwn(phone.label)})`);
  if (phone.hoursText) parts.push(`— ${escapeMrkdwn(phone.hoursText)}`);
  if (phone.openNow !== null) parts.push(`— ${openText(phone.openNow, say)}`);
  return parts.join(' ');
}

function openText(open: boolean, say: SlackSay): string {
  return open ? `:large_green_circle: ${escapeMrkdwn(say('open-now'))}` : `:red_circle: ${escapeMrkdwn(say('closed-now'))}`;
}

/** Plans print "www.example.nl"; a link needs a scheme. */
function webUrl(website: string): string {
  return /^https?:\/\//i.test(website) ? website : `https://${website}`;
}
