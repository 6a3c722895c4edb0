import type { Graph } from '@viz-js/viz';
import { choiceLabelKey, dialogTitleKey, stepTextKey } from '../content/dialog-keys.js';
import type { Step } from '../content/dialog-schema.js';
import type { Dialog, LocaleTable } from '../content/types.js';

export interface DiagramOptions {
  /** The labels' language: the dialog's texts and the diagram's own words (`diagram.*`). */
  readonly table: LocaleTable;
  /** The address of a source passage (each node links to the plan passage it comes from). */
  readonly sourceHref: (doc: string, quote: string) => string;
}


/**
 * A dialog as a Graphviz graph: one node per step, labelled with the step's
 * own text in the school's language (shortened), edges labelled with the
 * choice buttons. Handoff steps are orange double octagons, a safety route's
 * first step is red and the title says it is a safety route; every node with a
 * `source` links to that passage of the plan.
 */
export function protocolGraph(dialog: Dialog, options: DiagramOptions): Graph {
  const say = (key: string | undefined) => (key ? plain(options.table[key] ?? key) : '');
  const title = `${say(dialogTitleKey(dialog))}${dialog.safety ? ` — ${say('diagram.safety-route')}` : ''}`;
  const nodes: NonNullable<Graph['nodes']> = [];
  const edges: NonNullable<Graph['edges']> = [];
  for (const [id, step] of Object.entries(dialog.steps)) {
    const text = label(step, say(stepTextKey(dialog, id, step)), say);
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

function label(step: Step, text: string, say: (key: string) => string): string {
  if (step.type === 'handoff') return `${say(`diagram.handoff.${step.to}`)} (${step.urgency})${text ? `: ${text}` : ''}`;
  if (step.type === 'switch') return `${say('diagram.continues-with')}: ${step.route}`;
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
