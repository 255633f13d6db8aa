/**
 * Moving through time by events rather than by days: the days on which the graph changes, stepping to
 * the previous or next of them (so empty months are skipped), moving a window without changing its
 * width, and the time at which a chosen link shows.
 */
import { DAY_MS, startOfDay } from './dates';
import { endOfDay } from './timeGrid';
import { upperBound } from './timeline';
import { clamp, lingerFor, lingers, queryFor, type TimeMode, type TimeState } from './timeModes';
import type { Link, Story } from './types';

export interface Extent {
  readonly start: number;
  readonly end: number;
}

/**
 * The days (as the instant each starts) on which something enters or leaves the graph, sorted and
 * unique. Every mode sees a link enter on the day it starts. Only "in force" sees spans leave: on the
 * first day after they end. (One-off events, and spans short enough to linger like them, fading out
 * of "in force" are not events of their own.)
 */
export function changeDays(story: Story, mode: TimeMode): Float64Array {
  const days = new Set<number>();
  for (const link of story.links) {
    days.add(startOfDay(link.start));
    if (mode === 'in-force' && !lingers(link) && Number.isFinite(link.end)) {
      days.add(startOfDay(link.end - 1) + DAY_MS);
    }
  }
  return Float64Array.from(days).sort();
}

/**
 * The next (dir = 1) or previous (dir = −1) change day after or before the day containing `from`,
 * or null when there is none.
 */
export function stepChangeDay(days: Float64Array, from: number, dir: 1 | -1): number | null {
  const today = startOfDay(from);
  if (dir === 1) {
    const i = upperBound(days, today);
    return i < days.length ? days[i]! : null;
  }
  // The last day strictly before today.
  const i = upperBound(days, today - 1) - 1;
  return i >= 0 ? days[i]! : null;
}

/** A window of the same width, moved so that it starts at `start`, pushed back inside the extent. */
export function placeWindow(start: number, width: number, extent: Extent): { start: number; end: number } {
  const w = Math.min(width, extent.end - extent.start);
  const s = clamp(start, extent.start, extent.end - w);
  return { start: s, end: s + w };
}

/** Where time goes to show an event on the current day: the end of that day, inside the story. */
function cursorOn(day: number, extent: Extent): number {
  return clamp(endOfDay(day), extent.start, extent.end - 1);
}

/** The time after stepping to the previous or next change: the cursor, or the window's end, moves there. */
export function stepToChange(
  story: Story,
  time: TimeState,
  dir: 1 | -1,
  days: Float64Array = changeDays(story, time.mode),
): TimeState | null {
  const { extent } = story;
  if (time.mode === 'window') {
    const target = stepChangeDay(days, time.windowEnd, dir);
    if (target === null) return null;
    const width = time.windowEnd - time.windowStart;
    const w = placeWindow(endOfDay(target) - width, width, extent);
    return { ...time, windowStart: w.start, windowEnd: w.end };
  }
  const target = stepChangeDay(days, time.cursor, dir);
  return target === null ? null : { ...time, cursor: cursorOn(target, extent) };
}

/** Whether a link shows at a time (before any filter): the time modes' rule for one link. */
export function linkShowsAt(link: Link, time: TimeState): boolean {
  const q = queryFor(time);
  const end = lingers(link) ? link.end + lingerFor(time.mode) : link.end;
  return link.start <= q.to && end > q.from;
}

/**
 * The time at which a chosen link shows, changing as little as possible: the cursor goes to the day it
 * starts; a window that does not already show it moves (same width) to end on that day.
 */
export function timeToShow(link: Link, time: TimeState, extent: Extent): TimeState {
  if (time.mode === 'window') {
    if (linkShowsAt(link, time)) return time;
    const width = time.windowEnd - time.windowStart;
    const w = placeWindow(endOfDay(link.start) - width, width, extent);
    return { ...time, windowStart: w.start, windowEnd: w.end };
  }
  return { ...time, cursor: cursorOn(link.start, extent) };
}
