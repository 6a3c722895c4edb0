/** Reads what a person would see and press on the Adaptive Cards the fake connector received. */

/** JSON as it came over the wire (activities, cards): read freely, checked by assertions. */
export type Wire = any;

export interface CardButton {
  readonly title: string;
  readonly verb: string;
  readonly data: Record<string, string>;
  readonly style?: string;
}

export function cardOf(activity: Wire): Wire | null {
  const attachment = activity?.attachments?.find((a: Wire) => a.contentType === 'application/vnd.microsoft.card.adaptive');
  return attachment?.content ?? null;
}

function walk(node: Wire, visit: (el: Wire) => void): void {
  if (!node || typeof node !== 'object') return;
  visit(node);
  for (const key of ['body', 'items', 'columns', 'actions']) {
    if (Array.isArray(node[key])) for (const child of node[key]) walk(child, visit);
  }
}

/** Text blocks and facts, one per line. */
export function cardText(card: Wire): string {
  const lines: string[] = [];
  walk(card, (el) => {
    if (el.type === 'TextBlock') lines.push(el.text);
    if (el.type === 'FactSet') for (const f of el.facts) lines.push(`${f.title}: ${f.value}`);
  });
  return lines.join('\n');
}

export function cardButtons(card: Wire): CardButton[] {
  const buttons: CardButton[] = [];
  walk(card, (el) => {
    if (el.type === 'Action.Execute') buttons.push({ title: el.title, verb: el.verb, data: el.data, ...(el.style ? { style: el.style } : {}) });
  });
  return buttons;
}

export function cardLinks(card: Wire): string[] {
  const urls: string[] = [];
  walk(card, (el) => {
    if (el.type === 'Action.OpenUrl') urls.push(el.url);
  });
  return urls;
}
