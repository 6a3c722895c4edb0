import type { HandoffTarget, Urgency } from '../content/dialog-schema.js';
import type { Locale } from '../content/types.js';
import type { Reply } from './reply-types.js';

export type * from './reply-types.js';

/** A registered channel plugin's id ('web', 'teams', 'slack', …); opaque to the engine. */
export type ChannelId = string;

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

export type InboundEvent =
  /** `question`: sent as an explicit question (Slack's `/watnu …`), never a form value. */
  | { readonly kind: 'text'; readonly text: string; readonly question?: boolean }
  | { readonly kind: 'choice'; readonly choiceId: string };

export interface TurnInput {
  readonly conv: ConversationRef;
  readonly user: UserRef;
  readonly schoolId: string;
  readonly locale?: Locale;
  readonly event: InboundEvent;
  /** Oefenmodus: a rehearsal on a made-up case; nothing leaves the conversation. */
  readonly practice?: boolean;
}

export interface TrailEntry {
  readonly dialogId: string;
  readonly stepId: string;
  /** The choice taken at that step (`shortcut` for a handoff shortcut button). */
  readonly choiceId?: string;
}

/** One called form (the handoff form, the incident register, a calamity case prompt) on top of the conversation. */
export interface FormFrame {
  /** The form dialog (dialogs/forms/<id>.yaml). */
  readonly formId: string;
  readonly stepId: string;
  /** Validated slot values so far, including the caller's parameters. */
  readonly slots: Readonly<Record<string, string>>;
  /** Slots the user filled, in order ("terug" empties the last one). */
  readonly filled: readonly string[];
  /** An optional extra slot of a confirm step the user chose to fill ("Notitie toevoegen"). */
  readonly asking?: string;
  /** The caller's step to run when the form is done or cancelled; null: nothing runs after. */
  readonly returnTo: string | null;
  /**
   * A message taken for something else (a new question, an alarm) while this
   * slot was asked: kept for one turn only, so a button can still use it as
   * the value on the user's explicit word. Never a value by itself.
   */
  readonly held?: { readonly slot: string; readonly text: string; readonly turn: number };
}

/** A conversation put aside by a safety interrupt or a switch: offered back ("Verder met …"). */
export interface PausedConversation {
  readonly route: string | null;
  readonly dialogId: string | null;
  readonly stepId: string | null;
  readonly trail: readonly TrailEntry[];
  readonly forms: readonly FormFrame[];
  readonly handled: readonly string[];
}

/** State of calamity mode (which case the director works on). */
export interface CalamityState {
  readonly caseId?: string;
}

export interface Session {
  readonly key: string;
  readonly schoolId: string;
  readonly userId: string;
  readonly userName?: string;
  readonly role?: string;
  readonly locale: Locale;
  /** The protocol the conversation is in, and where: the base of the conversation. */
  readonly route: string | null;
  readonly dialogId: string | null;
  readonly stepId: string | null;
  /** Protocol choices taken so far (for "terug" and the handoff's "Al gedaan"). */
  readonly trail: readonly TrailEntry[];
  /** Forms called on top of the protocol, innermost last. */
  readonly forms: readonly FormFrame[];
  /** Handoff steps of this protocol run already dealt with ("dialog/step"): sent, declined or not needed. */
  readonly handled: readonly string[];
  /** Conversations put aside, most recent last; the last is offered back. */
  readonly paused: readonly PausedConversation[];
  /** Routes offered by an open clarifying question. */
  readonly clarify: readonly string[] | null;
  /** The last button handled: the same press again (a double click, a client retry) changes nothing. */
  readonly lastChoice: string | null;
  readonly calamity: CalamityState;
  /**
   * Oefenmodus is on for this conversation (kept on the real conversation's
   * session only; the rehearsal itself runs in a session of its own).
   */
  readonly practice?: boolean;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
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
  /** Protocol steps the asker went through, in the protocol's own words. */
  readonly done: readonly string[];
  readonly ask: string;
  /** `locale`: the asker's conversation language, for the notices WatNu sends them later. */
  readonly asker: { readonly userId: string; readonly name?: string; readonly conv: ConversationRef; readonly locale?: Locale };
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
  readonly asker: { readonly userId: string; readonly conv: ConversationRef; readonly locale?: Locale };
}

/** An incident for the school's register (initials only, never a name). */
export interface IncidentRequest {
  readonly id: string;
  readonly schoolId: string;
  readonly category: string;
  readonly kind?: string;
  /** yyyy-mm-dd */
  readonly occurredOn: string;
  readonly place: string;
  readonly initials?: string;
  readonly by: string;
}

/** A change to a calamity case, from a form's named action. */
export type CaseRequest =
  | { readonly op: 'open'; readonly caseId: string; readonly template: string; readonly title: string; readonly size: string }
  | { readonly op: 'note'; readonly caseId: string; readonly text: string }
  | { readonly op: 'assign'; readonly caseId: string; readonly item: string; readonly owner: { readonly role?: string; readonly name: string } }
  | { readonly op: 'crisis-member'; readonly caseId: string; readonly role: string; readonly name: string };

/** Who acts (calamity logbook entries, access). */
export interface ActorRef {
  readonly userId: string;
  readonly name?: string;
  readonly role?: string;
  readonly channel: ChannelId;
}

/** A command for a capability outside the engine (calamity views, privacy), recognised after the safety check. */
export interface ModuleCommand {
  readonly module: 'calamity' | 'privacy';
  readonly command: string;
  readonly arg?: string;
}

export type Effect =
  | { readonly type: 'reply'; readonly reply: Reply }
  | { readonly type: 'handoff'; readonly handoff: HandoffRequest }
  | { readonly type: 'reminder'; readonly reminder: ReminderRequest }
  | { readonly type: 'incident'; readonly incident: IncidentRequest }
  /** Performed in the turn's transaction; the case views that follow are shown after the commit. */
  | { readonly type: 'case'; readonly schoolId: string; readonly actor: ActorRef; readonly request: CaseRequest }
  | { readonly type: 'audit'; readonly event: AuditEvent }
  /** The asker wants to see their open handoffs; the runner answers from the store. */
  | { readonly type: 'status' }
  | ({ readonly type: 'module' } & ModuleCommand);

export interface TurnResult {
  readonly session: Session;
  readonly effects: readonly Effect[];
  /** Set when free text or a menu choice started or switched a protocol. */
  readonly route?: string;
}
