/** What the engine says: the channel-neutral reply every channel renders (text, buttons, contact cards, checklists). */

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
  /** On the last reply of a protocol: its route (the web chat links the protocol's diagram). */
  readonly ended?: string;
}
