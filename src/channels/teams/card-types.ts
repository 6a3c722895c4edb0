/**
 * The small subset of Adaptive Card 1.5 JSON that WatNu sends. Plain data:
 * every card is checked against the vendored 1.5 schema in the tests.
 */
export type ContainerStyle = 'default' | 'emphasis' | 'good' | 'attention' | 'warning' | 'accent';

export interface TextBlock {
  readonly type: 'TextBlock';
  readonly text: string;
  readonly wrap: true;
  readonly weight?: 'bolder' | 'default' | 'lighter';
  readonly size?: 'small' | 'default' | 'medium' | 'large';
  readonly color?: 'default' | 'good' | 'warning' | 'attention' | 'accent';
  readonly isSubtle?: boolean;
  readonly spacing?: 'none' | 'small' | 'default' | 'medium';
  readonly separator?: boolean;
}

export interface FactSet {
  readonly type: 'FactSet';
  readonly facts: ReadonlyArray<{ readonly title: string; readonly value: string }>;
  readonly spacing?: 'none' | 'small' | 'default' | 'medium';
}

/** What a client without Universal Actions shows instead of an Action.Execute: the same button, sent as a message with a value. */
export interface SubmitAction {
  readonly type: 'Action.Submit';
  readonly title: string;
  readonly data: Readonly<Record<string, string>>;
  readonly style?: 'default' | 'positive' | 'destructive';
}

export interface ExecuteAction {
  readonly type: 'Action.Execute';
  readonly title: string;
  readonly verb: string;
  readonly data: Readonly<Record<string, string>>;
  readonly style?: 'default' | 'positive' | 'destructive';
  /** Universal Actions: clients that cannot run Action.Execute use this instead. */
  readonly fallback: SubmitAction;
}

export interface OpenUrlAction {
  readonly type: 'Action.OpenUrl';
  readonly title: string;
  readonly url: string;
}

/** Shows or hides elements of the same card (contact details, background) without a round trip. */
export interface ToggleVisibilityAction {
  readonly type: 'Action.ToggleVisibility';
  readonly title: string;
  readonly targetElements: readonly string[];
}

export type CardAction = ExecuteAction | OpenUrlAction | ToggleVisibilityAction;

export interface ActionSet {
  readonly type: 'ActionSet';
  readonly actions: readonly CardAction[];
  readonly spacing?: 'none' | 'small' | 'default' | 'medium';
}

export interface Container {
  readonly type: 'Container';
  readonly items: readonly CardElement[];
  readonly style?: ContainerStyle;
  readonly separator?: boolean;
  readonly spacing?: 'none' | 'small' | 'default' | 'medium';
  readonly id?: string;
  readonly isVisible?: boolean;
  /** Reaches the card's edges: on a 340 px phone card the coloured box keeps the full text width. */
  readonly bleed?: boolean;
}

export interface Column {
  readonly type: 'Column';
  readonly width: 'auto' | 'stretch';
  readonly items: readonly CardElement[];
  readonly verticalContentAlignment?: 'top' | 'center' | 'bottom';
  readonly selectAction?: ToggleVisibilityAction;
}

export interface ColumnSet {
  readonly type: 'ColumnSet';
  readonly columns: readonly Column[];
  readonly spacing?: 'none' | 'small' | 'default' | 'medium';
}

export type CardElement = TextBlock | FactSet | ActionSet | Container | ColumnSet;

export interface AdaptiveCard {
  readonly type: 'AdaptiveCard';
  readonly $schema: 'http://adaptivecards.io/schemas/adaptive-card.json';
  readonly version: '1.5';
  readonly fallbackText?: string;
  readonly body: readonly CardElement[];
}

export const adaptiveCardContentType = 'application/vnd.microsoft.card.adaptive';

/** No `lang`: the texts are already in the user's language, and the JS renderer's check of it is stateful (fails every other card). */
export function card(body: readonly CardElement[], fallbackText: string): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    fallbackText,
    body,
  };
}

/** One TextBlock per line: Teams collapses single newlines in a TextBlock. */
export function paragraphs(text: string, extra: Partial<Omit<TextBlock, 'type' | 'text' | 'wrap'>> = {}): TextBlock[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line, i) => ({ type: 'TextBlock', text: escapeMarkdown(line), wrap: true, ...(i > 0 ? { spacing: 'small' } : {}), ...extra }));
}

/**
 * Card text is a markdown subset. Protocol texts contain no markdown; a note a
 * teacher typed must not become a link in the IB channel, so link syntax is
 * broken up ("[x](y)" shows as "[x] (y)").
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\]\(/g, '] (');
}
