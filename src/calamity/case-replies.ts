import type { Locale } from '../content/types.js';
import type { ChoiceView, Reply } from '../engine/types.js';
import type { Translate } from '../i18n.js';
import { type CaseView, findItem } from './case-view.js';
import { shortLabel } from '../text/short-label.js';
import { caseMarkdown } from './export-markdown.js';

export const crisisRoles = ['bestuur', 'juridisch', 'directeur', 'leerkracht', 'expert'] as const;
export const drafts = ['ouders', 'team', 'media'] as const;

/** The replies calamity mode shows for a case: menu, sections, items, logbook, crisis team, drafts, export. */
export class CaseReplies {
  constructor(private readonly t: Translate) {}

  say(locale: Locale, key: string, vars: Record<string, unknown> = {}): string {
    return this.t(locale, key, { var: vars });
  }

  menu(view: CaseView, locale: Locale): Reply {
    const all = view.sections.flatMap((s) => s.items);
    const done = all.filter((i) => i.status !== 'open').length;
    const choices: ChoiceView[] = view.sections.map((s) => ({
      id: `case/section/${s.id}`,
      label: `${s.title} (${s.items.filter((i) => i.status !== 'open').length}/${s.items.length})`,
    }));
    for (const action of ['log', 'note', 'drafts', 'team', 'share', 'export', 'close'] as const) {
      choices.push({ id: `case/${action}`, label: this.say(locale, `case.action.${action}`), ...(action === 'close' ? { style: 'danger' as const } : {}) });
    }
    return { text: this.say(locale, 'case.menu', { title: view.title, step: view.templateTitle, count: `${done}/${all.length}`, who: view.size }), choices };
  }

  section(view: CaseView, sectionId: string, locale: Locale): Reply {
    const section = view.sections.find((s) => s.id === sectionId);
    if (!section) return this.menu(view, locale);
    return {
      text: section.title,
      checklist: { items: section.items.map((i) => ({ id: i.id, label: i.label, status: i.status, ...(i.owner ? { owner: i.owner } : {}) })) },
      choices: [...section.items.map((i, n) => ({ id: `case/item/${i.id}`, label: `${n + 1}. ${shorten(i.label)}` })), this.backChoice(locale)],
    };
  }

  item(view: CaseView, itemId: string, locale: Locale): Reply {
    const found = findItem(view, itemId);
    if (!found) return this.menu(view, locale);
    const { item, section } = found;
    const owner = item.owner ? this.say(locale, 'case.item.owner', { who: item.owner }) : this.say(locale, 'case.item.no-owner');
    return {
      text: `${item.label}\n${this.say(locale, 'case.item.status-line', { step: item.statusLabel })} ${owner}`,
      choices: [
        { id: `case/set/gedaan/${item.id}`, label: this.say(locale, 'case.item.mark-done'), style: 'primary' },
        { id: `case/set/nvt/${item.id}`, label: this.say(locale, 'case.item.mark-nvt') },
        { id: `case/set/open/${item.id}`, label: this.say(locale, 'case.item.mark-open') },
        { id: `case/assign/${item.id}`, label: this.say(locale, 'case.item.assign') },
        { id: `case/section/${section.id}`, label: this.say(locale, 'case.back-section') },
        this.backChoice(locale),
      ],
    };
  }

  logbook(view: CaseView, locale: Locale): Reply {
    const lines = view.log.map((e) => `${e.time} — ${e.author}: ${e.text}`);
    return { text: [this.say(locale, 'case.logbook', { title: view.title }), ...lines].join('\n'), choices: [this.backChoice(locale)] };
  }

  team(view: CaseView, locale: Locale): Reply {
    const members = view.crisisTeam.length > 0 ? view.crisisTeam.map((m) => `• ${m.role}: ${m.name}`) : [this.say(locale, 'case.export.none')];
    return {
      text: [this.say(locale, 'case.team'), ...members].join('\n'),
      choices: [...crisisRoles.map((r) => ({ id: `case/team-add/${r}`, label: this.say(locale, 'case.team-add', { step: this.say(locale, `case.crisis-role.${r}`) }) })), this.backChoice(locale)],
    };
  }

  draftMenu(locale: Locale): Reply {
    return {
      text: this.say(locale, 'case.drafts'),
      choices: [...drafts.map((d) => ({ id: `case/draft/${d}`, label: this.say(locale, `case.draft.${d}.title`) })), this.backChoice(locale)],
    };
  }

  exportReply(view: CaseView, schoolId: string, userId: string, locale: Locale): Reply {
    const query = `schoolId=${encodeURIComponent(schoolId)}&userId=${encodeURIComponent(userId)}`;
    return {
      text: `${this.say(locale, 'case.export.links', { step: `/api/cases/${view.id}/export?format=md&${query}`, route: `/api/cases/${view.id}/export?format=pdf&${query}` })}\n\n${caseMarkdown(view, this.t, locale)}`,
      choices: [this.backChoice(locale)],
    };
  }

  backChoice(locale: Locale): ChoiceView {
    return { id: 'case/menu', label: this.say(locale, 'case.back-menu') };
  }

  backToMenu(locale: Locale): Reply {
    return { text: this.say(locale, 'case.next'), choices: [this.backChoice(locale)] };
  }

  stale(locale: Locale): Reply {
    return { text: this.say(locale, 'engine.stale-choice'), tone: 'warning' };
  }
}

function shorten(label: string): string {
  return shortLabel(label, 60);
}
