import type { HandoffTarget, Urgency } from '../content/dialog-schema.js';
import type { Locale } from '../content/types.js';

export type ChannelId = 'web' | 'teams' | 'slack';

export interface ConversationRef {
  readonly channel: ChannelId;
  readonly id: string;
}

export interface UserRef {
  readonly id: string;
  readonly name?: string;
  /** Staff role as configured or picked on the web page; unknown users get the teacher's view. */
  readonly role?: string;
}

export type InboundEvent = { readonly kind: 'text'; readonly text: string } | { readonly kind: 'choice'; readonly choiceId: string };

export interface TurnInput {
  readonly conv: ConversationRef;
  readonly user: UserRef;
  readonly schoolId: string;
  readonly locale?: Locale;
  readonly event: InboundEvent;
}

export interface TrailEntry {
  readonly dialogId: string;
  readonly stepId: string;
  /** The choice taken at that step. */
  readonly choiceId?: string;
}

export type HandoffStage = 'urgency' | 'initials' | 'group' | 'note-offer' | 'note' | 'confirm';

export interface PendingHandoff {
  readonly kind: 'handoff';
  readonly stage: HandoffStage;
  readonly to: HandoffTarget;
  readonly urgency: Urgency;
  readonly dialogId: string | null;
  readonly stepId: string | null;
  readonly askKey: string | null;
  /** Step to continue with after the handoff (null: back to idle). */
  readonly nextStepId: string | null;
}

export type Pending = { readonly kind: 'clarify'; readonly routes: readonly string[] } | PendingHandoff;

export interface Session {
  readonly key: string;
  readonly schoolId: string;
  readonly userId: string;
  readonly userName?: string;
  readonly role?: string;
  readonly locale: Locale;
  readonly route: string | null;
  readonly dialogId: string | null;
  readonly stepId: string | null;
  readonly trail: readonly TrailEntry[];
  readonly pending: Pending | null;
  /** Pupil reference for a handoff: initials and group only, never a name. */
  readonly pupil: { readonly initials?: string; readonly group?: string; readonly note?: string };
  /** State of modules outside the engine (calamity cases), carried along untouched by the engine. */
  readonly ext?: Readonly<Record<string, unknown>>;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface ChoiceView {
  readonly id: string;
  readonly label: string;
  /** Visual hint for channels: the emergency button is red, for example. */
  readonly style?: 'primary' | 'danger' | 'default';
}

export interface PhoneView {
  readonly number: string;
  readonly uri: string;
  readonly label?: string;
  /** Null when the plan gives no hours for this number. */
  readonly openNow: boolean | null;
  /** This number's own hours in words, when they differ from the contact's ("ma-vr 08:30-17:00"). */
  readonly hoursText?: string;
}

export interface ContactCard {
  readonly id: string;
  readonly name: string;
  readonly organisation?: string;
  readonly description?: string;
  readonly phones: readonly PhoneView[];
  readonly email?: string;
  readonly website?: string;
  readonly address?: string;
  readonly hours?: string;
  /** Null when the plan gives no hours. */
  readonly openNow: boolean | null;
  /** The hours in words with the state now ("ma-vr 08:30-17:00. Nu gesloten; weer bereikbaar maandag om 08:30."). */
  readonly hoursText?: string;
  /** Where the hours come from when not from the school's plan. */
  readonly hoursNote?: string;
  /** Where the contact comes from when not from the school's plan (a national number). */
  readonly originNote?: string;
  /** Set on a card shown because the contact with this id is closed now. */
  readonly alternativeFor?: string;
  /** Ids of the cards shown before this one because it is closed now. */
  readonly alternatives?: readonly string[];
  /** E.g. "naam staat niet in het plan". */
  readonly missing?: string;
  readonly source: string;
}

export interface ChecklistView {
  readonly items: ReadonlyArray<{ readonly id: string; readonly label: string; readonly status?: 'open' | 'gedaan' | 'nvt'; readonly owner?: string }>;
}

/** What channels render: neutral text, buttons, contact cards, checklists. */
export interface Reply {
  readonly text: string;
  readonly choices?: readonly ChoiceView[];
  readonly contacts?: readonly ContactCard[];
  readonly checklist?: ChecklistView;
  /** Human-readable citation: plan title and section. */
  readonly source?: string;
  readonly tone?: 'normal' | 'safety' | 'warning';
}

export interface HandoffRequest {
  readonly id: string;
  readonly schoolId: string;
  readonly to: HandoffTarget;
  readonly urgency: Urgency;
  readonly route: string | null;
  readonly dialogId: string | null;
  readonly stepId: string | null;
  readonly pupil: { readonly initials: string; readonly group: string };
  /** Only when the teacher added it after the privacy reminder. */
  readonly note?: string;
  /** Choices taken so far, as short labels. */
  readonly done: readonly string[];
  readonly ask: string;
  readonly asker: { readonly userId: string; readonly name?: string; readonly conv: ConversationRef };
  readonly createdAt: string;
}

export interface AuditEvent {
  readonly action: string;
  readonly route?: string | null;
  readonly dialogId?: string | null;
  readonly stepId?: string | null;
}

export interface ReminderRequest {
  readonly id: string;
  readonly schoolId: string;
  readonly role: string;
  readonly dueAt: string;
  readonly dialogId: string;
  readonly stepId: string;
  readonly asker: { readonly userId: string; readonly conv: ConversationRef };
}

export type Effect =
  | { readonly type: 'reply'; readonly reply: Reply }
  | { readonly type: 'handoff'; readonly handoff: HandoffRequest }
  | { readonly type: 'reminder'; readonly reminder: ReminderRequest }
  | { readonly type: 'audit'; readonly event: AuditEvent }
  /** The asker wants to see their open handoffs; the runner answers from the store. */
  | { readonly type: 'status' };

export interface TurnResult {
  readonly session: Session;
  readonly effects: readonly Effect[];
  /** Set when free text or a menu choice started or switched a protocol. */
  readonly route?: string;
}
