import type { Graph } from '@viz-js/viz';
import { choiceLabelKey, dialogTitleKey, stepTextKey } from '../content/dialog-keys.js';
import type { Step } from '../content/dialog-schema.js';
import type { Dialog, Locale, LocaleTable } from '../content/types.js';

export interface DiagramOptions {
  readonly locale: Locale;
  readonly table: LocaleTable;
  /** The address of a source passage (each node links to the plan passage it comes from). */
  readonly sourceHref: (doc: string, quote: string) => string;
}

const handoffTo: Record<string, Record<Locale, string>> = {
  ib: { nl: 'Overdracht aan de intern begeleider', en: 'Handoff to the intern begeleider' },
  directeur: { nl: 'Overdracht aan de directeur', en: 'Handoff to the director' },
};
const safetyTitle: Record<Locale, string> = { nl: 'Veiligheidsroute', en: 'Safety route' };
const switchTo: Record<Locale, string> = { nl: 'Verder met', en: 'Continues with' };

/**
 * A dialog as a Graphviz graph: one node per step, labelled with the step's
 * own text in the school's language (shortened), edges labelled with the
 * choice buttons. Handoff steps are orange double octagons, a safety route's
 * first step is red and the title says it is a safety route; every node with a
 * `source` links to that passage of the plan.
 */
export function protocolGraph(dialog: Dialog, options: DiagramOptions): Graph {
  const say = (key: string | undefined) => (key ? plain(options.table[key] ?? key) : '');
  const title = `${say(dialogTitleKey(dialog))}${dialog.safety ? ` — ${safetyTitle[options.locale]}` : ''}`;
  const nodes: NonNullable<Graph['nodes']> = [];
  const edges: NonNullable<Graph['edges']> = [];
  for (const [id, step] of Object.entries(dialog.steps)) {
    const text = label(step, say(stepTextKey(dialog, id, step)), options.locale);
    nodes.push({
      name: id,
      attributes: {
        label: wrap(text),
        tooltip: text,
        ...shape(step),
        ...(id === dialog.start ? { penwidth: 3, ...(dialog.safety ? { color: '#b00020', fillcolor: '#fde7ea' } : {}) } : {}),
        ...(step.source ? { URL: options.sourceHref(step.source.doc, step.source.quote), target: '_blank' } : {}),
        class: `step-${step.type}${step.type === 'handoff' ? ' handoff' : ''}`,
        id: `step-${id}`,
      },
    });
    if (step.type === 'choice') {
      for (const choice of step.choices) edges.push({ tail: id, head: choice.next, attributes: { label: wrap(say(choiceLabelKey(dialog, id, choice)), 24) } });
    } else if ('next' in step && step.next) {
      edges.push({ tail: id, head: step.next });
    }
  }
  return {
    name: dialog.id,
    directed: true,
    graphAttributes: { label: title, labelloc: 't', fontsize: 18, fontname: 'Helvetica', rankdir: 'TB' },
    nodeAttributes: { fontname: 'Helvetica', fontsize: 11, style: 'filled', fillcolor: '#ffffff', shape: 'box' },
    edgeAttributes: { fontname: 'Helvetica', fontsize: 10 },
    nodes,
    edges,
  };
}

function label(step: Step, text: string, locale: Locale): string {
  if (step.type === 'handoff') return `${handoffTo[step.to]![locale]} (${step.urgency})${text ? `: ${text}` : ''}`;
  if (step.type === 'switch') return `${switchTo[locale]}: ${step.route}`;
  return text || step.type;
}

function shape(step: Step): Record<string, string> {
  switch (step.type) {
    case 'handoff':
      return { shape: 'doubleoctagon', fillcolor: '#ffe0b2', color: '#e65100' };
    case 'end':
      return { shape: 'ellipse', fillcolor: '#e8f5e9' };
    case 'switch':
      return { shape: 'cds', fillcolor: '#e3f2fd' };
    case 'choice':
      return { shape: 'box', style: 'rounded,filled' };
    default:
      return { shape: 'box' };
  }
}

/** Locale text without placeholders and markup, at most ~140 characters. */
function plain(text: string): string {
  const flat = text.replace(/\{\{[^}]+\}\}/g, '…').replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim();
  return flat.length > 140 ? `${flat.slice(0, 139)}…` : flat;
}

function wrap(text: string, width = 32): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}
