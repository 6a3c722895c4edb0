import type { FormFrame, Session } from './types.js';

/** The shape sessions were stored in before forms were dialogs (pending handoff stage, pupil, ext.calamity). */
interface StoredV1 {
  readonly pending?:
    | { kind: 'clarify'; routes: string[] }
    | { kind: 'handoff'; stage: string; to: string; urgency: string; askKey: string | null; nextStepId: string | null }
    | null;
  readonly pupil?: { initials?: string; group?: string; note?: string };
  readonly ext?: { calamity?: { caseId?: string; pending?: CalamityPendingV1 } };
}

type CalamityPendingV1 =
  | { kind: 'describe'; template: string }
  | { kind: 'size'; template: string; title: string }
  | { kind: 'assign-name'; item: string }
  | { kind: 'crisis-name'; role: string }
  | { kind: 'note' }
  | { kind: 'incident'; stage: string; category: string; incidentKind?: string; date?: string; place?: string };

const handoffStep: Record<string, { step: string; asking?: string }> = {
  urgency: { step: 'urgency' },
  initials: { step: 'pupil' },
  group: { step: 'pupil' },
  'note-offer': { step: 'send' },
  note: { step: 'send', asking: 'note' },
  confirm: { step: 'send' },
};

/** Slots the caller gave, not the user: "terug" never empties them. */
const callerParams = new Set(['to', 'ask', 'urgency', 'template', 'item', 'role']);
const stageOrder = ['urgency', 'initials', 'group', 'note-offer', 'note', 'confirm'];

function frame(formId: string, stepId: string, slots: Record<string, string | undefined>, returnTo: string | null = null): FormFrame {
  const values = Object.fromEntries(Object.entries(slots).filter((e): e is [string, string] => e[1] !== undefined));
  return { formId, stepId, slots: values, filled: Object.keys(values).filter((k) => !callerParams.has(k)), returnTo };
}

function calamityFrame(pending: CalamityPendingV1): FormFrame {
  switch (pending.kind) {
    case 'describe':
      return frame('case-open', 'describe', { template: pending.template });
    case 'size':
      return frame('case-open', 'size', { template: pending.template, title: pending.title });
    case 'assign-name':
      return frame('case-assign', 'owner', { item: pending.item });
    case 'crisis-name':
      return frame('case-crisis-member', 'name', { role: pending.role });
    case 'note':
      return frame('case-note', 'note', {});
    case 'incident':
      return frame('incident', pending.stage, { category: pending.category, kind: pending.incidentKind, date: pending.date, place: pending.place });
  }
}

/**
 * A stored session in today's shape. Sessions saved before forms were
 * dialogs keep what they held: an open handoff form becomes a handoff form
 * frame at the same question with the same answers, a pending calamity
 * prompt becomes its form, `ext.calamity` becomes the typed calamity state.
 */
export function upgradeSession(stored: Session | (Session & StoredV1)): Session {
  if (Array.isArray((stored as Partial<Session>).forms)) return stored;
  const old = stored as Session & StoredV1;
  const { pending, pupil, ext, ...rest } = old;
  const forms: FormFrame[] = [];
  if (pending?.kind === 'handoff') {
    const at = handoffStep[pending.stage] ?? { step: 'pupil' };
    // The old form kept earlier pupils in `pupil`: only answers given in this form's stages carry over.
    const reached = (stage: string) => stageOrder.indexOf(pending.stage) > stageOrder.indexOf(stage);
    const slots = {
      to: pending.to,
      urgency: reached('urgency') ? pending.urgency : undefined,
      ask: pending.askKey ?? undefined,
      initials: reached('initials') ? pupil?.initials : undefined,
      group: reached('group') ? pupil?.group : undefined,
      note: reached('note') ? pupil?.note : undefined,
    };
    forms.push({ ...frame('handoff', at.step, slots, pending.nextStepId), ...(at.asking ? { asking: at.asking } : {}) });
  }
  const calamity = ext?.calamity;
  if (calamity?.pending) forms.push(calamityFrame(calamity.pending));
  return {
    ...rest,
    forms,
    handled: [],
    paused: [],
    clarify: pending?.kind === 'clarify' ? pending.routes : null,
    lastChoice: null,
    calamity: calamity?.caseId ? { caseId: calamity.caseId } : {},
  };
}
