import type { types } from '@slack/bolt';
import type { ContactCard, PhoneView } from '../../engine/types.js';
import { bold, escapeMrkdwn, mrkdwnLink } from './mrkdwn.js';
import type { SlackSay } from './slack-texts.js';
import { mrkdwnBlocks, mrkdwnContextBlocks } from './text-blocks.js';

type KnownBlock = types.KnownBlock;

/**
 * A contact, compact (issue 19): one line with the name, the number to call
 * (a tel: link) and whether it can be reached now, plus mail and website
 * links; then one small context line with the other numbers, hours, address,
 * notes and the source.
 */
export function contactBlocks(card: ContactCard, say: SlackSay): KnownBlock[] {
  const phones = card.phones.filter((p) => p.uri.startsWith('tel:'));
  const call = phones.find((p) => p.openNow !== false) ?? phones[0] ?? card.phones[0];
  const main = [bold(card.name)];
  if (call) main.push(phoneLine(call, say));
  else if (card.openNow !== null) main.push(openText(card.openNow, say));
  if (card.email) main.push(`:email: ${mrkdwnLink(`mailto:${card.email}`, card.email)}`);
  if (card.website) main.push(`:globe_with_meridians: ${mrkdwnLink(webUrl(card.website), card.website)}`);
  const details: string[] = [];
  if (card.organisation && card.organisation !== card.name) details.push(escapeMrkdwn(card.organisation));
  if (card.description) details.push(escapeMrkdwn(card.description));
  for (const phone of card.phones) if (phone !== call) details.push(phoneLine(phone, say));
  if (card.address) details.push(`:round_pushpin: ${escapeMrkdwn(card.address)}`);
  if (card.hoursText) details.push(`:clock3: ${escapeMrkdwn(card.hoursText)}`);
  for (const note of [card.hoursNote, card.originNote]) if (note) details.push(`_${escapeMrkdwn(note)}_`);
  if (card.missing) main.push(`:warning: ${escapeMrkdwn(card.missing)}`);
  details.push(`:page_facing_up: ${escapeMrkdwn(say('source', { source: card.source }))}`);
  return [...mrkdwnBlocks(main.join(' · ')), ...mrkdwnContextBlocks(details.join(' · '))];
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
