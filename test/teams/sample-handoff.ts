import type { HandoffRecord } from '../../src/handoff/handoff-repository.js';

/** An open acuut disclosure handoff to the IB at PROO, as the repository returns it; override what a test varies. */
export function sampleHandoff(over: Partial<HandoffRecord> = {}): HandoffRecord {
  return {
    id: 'h-1',
    schoolId: 'proo-leiden',
    to: 'ib',
    urgency: 'acuut',
    route: 'disclosure',
    dialogId: 'disclosure-proo',
    stepId: 'direct',
    pupil: { initials: 'S.V.', group: '6' },
    done: ['Leerling vertelde het zelf'],
    ask: 'Neem direct contact op met Veilig Thuis',
    asker: { userId: 'u', name: 'Sanne de Vries', conv: { channel: 'teams', id: 'a:1' } },
    createdAt: '2026-11-24T09:15:00.000Z',
    status: 'open',
    delivery: 'delivered',
    ackedBy: null,
    ackedAt: null,
    level: 0,
    nextEscalationAt: null,
    ...over,
  };
}
