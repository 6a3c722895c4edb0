import { toWallClock } from '../time/wall-clock.js';
import { wallState } from './hours-timeline.js';

/** When the state next flips, on the school's calendar. */
export interface NextChange {
  /** 0 = today, 1 = tomorrow, … (at most 7). */
  readonly daysAhead: number;
  /** 1 = Monday … 7 = Sunday. */
  readonly weekday: number;
  /** "08:30". */
  readonly time: string;
}

export interface OpenState {
  readonly open: boolean;
  /** Absent when nothing changes within a week (24/7). */
  readonly next?: NextChange;
}

/**
 * Opening hours read at one instant on the wall clock of one zone. opening_hours
 * reads a Date's local fields and the server's zone is not the school's, so the
 * instant is converted once; each distinct hours value is evaluated once.
 */
export interface HoursClock {
  readonly now: Date;
  readonly zone: string;
  isOpen(hours: string): boolean;
  state(hours: string): OpenState;
}

export function hoursClock(now: Date, zone: string): HoursClock {
  const wall = toWallClock(now, zone);
  const states = new Map<string, OpenState>();
  const state = (hours: string): OpenState => {
    let value = states.get(hours);
    if (!value) {
      const { open, next } = wallState(hours, wall);
      value = next ? { open, next: describeNext(wall, next) } : { open };
      states.set(hours, value);
    }
    return value;
  };
  return { now, zone, state, isOpen: (hours) => state(hours).open };
}

/** One-off reading: whether `hours` are open at `now` in `zone`, and when that changes. */
export function openState(hours: string, now: Date, zone: string): OpenState {
  return hoursClock(now, zone).state(hours);
}

function describeNext(wall: Date, next: Date): NextChange {
  const day = (d: Date) => Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / 86_400_000;
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    daysAhead: day(next) - day(wall),
    weekday: next.getDay() === 0 ? 7 : next.getDay(),
    time: `${pad(next.getHours())}:${pad(next.getMinutes())}`,
  };
}
