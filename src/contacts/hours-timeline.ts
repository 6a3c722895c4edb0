import { compileHours } from './opening-hours.js';

/**
 * The open intervals of one hours value over a calendar week plus a week of
 * look-ahead, on the wall clock (Dates whose local fields are the school's wall
 * time). Asking opening_hours directly costs a few hundred microseconds per
 * question; a timeline answers "open now?" and "until when?" by binary search.
 * Timelines are cached per hours value and week, a bounded number at a time.
 */
interface Timeline {
  /** Local midnight starting the week this timeline answers for. */
  readonly from: number;
  /** End of the intervals: the week plus the look-ahead. */
  readonly to: number;
  /** Merged, sorted [start, end) pairs. */
  readonly intervals: ReadonlyArray<readonly [number, number]>;
}

export interface WallState {
  readonly open: boolean;
  /** Wall-clock time of the next change within `lookAhead`, if any. */
  readonly next?: Date;
}

const day = 24 * 3_600_000;
const lookAhead = 7 * day;
const maxCached = 512;
const timelines = new Map<string, Timeline>();

/** Open or closed at `wall`, and the next change within a week. */
export function wallState(hours: string, wall: Date): WallState {
  const week = Math.floor(Date.UTC(wall.getFullYear(), wall.getMonth(), wall.getDate()) / lookAhead);
  const key = `${week}|${hours}`;
  let timeline = timelines.get(key);
  if (!timeline) {
    timeline = buildTimeline(hours, week);
    if (timelines.size >= maxCached) timelines.delete(timelines.keys().next().value!);
    timelines.set(key, timeline);
  }
  return stateAt(timeline, wall.getTime());
}

function buildTimeline(hours: string, week: number): Timeline {
  const first = new Date(week * lookAhead);
  const local = (days: number) => new Date(first.getUTCFullYear(), first.getUTCMonth(), first.getUTCDate() + days).getTime();
  const from = local(0);
  const to = local(15);
  const intervals: Array<[number, number]> = [];
  for (const [start, end, unknown] of compileHours(hours).getOpenIntervals(new Date(from), new Date(to))) {
    if (unknown) continue;
    const last = intervals.at(-1);
    if (last && start.getTime() <= last[1]) last[1] = Math.max(last[1], end.getTime());
    else intervals.push([start.getTime(), end.getTime()]);
  }
  return { from, to, intervals };
}

function stateAt(timeline: Timeline, t: number): WallState {
  const { intervals } = timeline;
  // Last interval starting at or before t.
  let lo = 0;
  let hi = intervals.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (intervals[mid]![0] <= t) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const current = found >= 0 ? intervals[found] : undefined;
  const open = current !== undefined && t < current[1];
  const change = open ? current![1] : intervals[found + 1]?.[0];
  const within = change !== undefined && change < timeline.to && change <= t + lookAhead;
  return within ? { open, next: new Date(change) } : { open };
}
