import type { Session } from '../engine/types.js';

export type CalamityPending =
  | { readonly kind: 'describe'; readonly template: string }
  | { readonly kind: 'size'; readonly template: string; readonly title: string }
  | { readonly kind: 'assign-name'; readonly item: string }
  | { readonly kind: 'crisis-name'; readonly role: string }
  | { readonly kind: 'note' }
  | {
      readonly kind: 'incident';
      readonly stage: 'kind' | 'date' | 'place' | 'initials';
      readonly category: string;
      readonly incidentKind?: string;
      readonly date?: string;
      readonly place?: string;
    };

export interface CalamityState {
  readonly caseId?: string;
  readonly pending?: CalamityPending;
}

export function calamityState(session: Session): CalamityState {
  return (session.ext?.calamity as CalamityState | undefined) ?? {};
}

export function withCalamityState(session: Session, state: CalamityState): Session {
  return { ...session, ext: { ...session.ext, calamity: state } };
}
