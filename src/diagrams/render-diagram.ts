import type { Viz } from '@viz-js/viz';
import { type Content, type Locale, schoolLanguage } from '../content/types.js';
import { WatnuError } from '../errors.js';
import { protocolGraph } from './protocol-graph.js';

let viz: Promise<Viz> | null = null;

/** One Graphviz (WebAssembly) instance per process, created on first use; the module (1 MB of JS with the WASM inside) is loaded then too, not at start. */
function graphviz(): Promise<Viz> {
  viz ??= import('@viz-js/viz').then(({ instance }) => instance());
  return viz;
}

/** The dialog serving a route at a school; NOT_FOUND when the school has no dialog for it. */
export function dialogForRoute(content: Content, schoolId: string, route: string) {
  const school = content.schools.get(schoolId);
  if (!school) throw new WatnuError('SCHOOL_UNKNOWN', `unknown school "${schoolId}"`, ['schoolId']);
  const target = school.routes[route];
  const dialog = typeof target === 'string' ? content.dialogs.get(target) : undefined;
  if (!dialog) throw new WatnuError('NOT_FOUND', `school "${schoolId}" has no protocol for route "${route}"`, ['route']);
  return dialog;
}

/** Routes of a school that a dialog serves (the ones with a diagram). */
export function diagramRoutes(content: Content, schoolId: string): string[] {
  const school = content.schools.get(schoolId);
  if (!school) return [];
  return Object.entries(school.routes)
    .filter(([, target]) => typeof target === 'string' && content.dialogs.has(target))
    .map(([route]) => route);
}

/** The address of a plan passage: the plan's text with a text fragment that scrolls to the quote. */
export function sourceHref(doc: string, quote: string): string {
  const start = quote.split(/\s+/).slice(0, 6).join(' ');
  return `/api/sources/${encodeURIComponent(doc)}#:~:text=${encodeURIComponent(start)}`;
}

/** `requested`: the language of the labels; by default the school's. */
export async function renderProtocolSvg(content: Content, schoolId: string, route: string, requested?: Locale): Promise<string> {
  const dialog = dialogForRoute(content, schoolId, route);
  const locale = requested ?? schoolLanguage(content, schoolId);
  const graph = protocolGraph(dialog, { table: content.locales[locale] ?? {}, sourceHref });
  return (await graphviz()).renderString(graph, { format: 'svg' });
}
