/**
 * What "the graph at this time" means. Three explicit modes:
 * - in-force: what holds on the cursor's day — spans active at some point that day up to the cursor,
 *   and one-off events that happened recently (they stay for LINGER_MS, fading with age). A day, not
 *   an instant: a two-hour meeting is in force on its day, not only during its two hours;
 * - up-to: everything that happened up to the cursor;
 * - window: everything active at some point inside [windowStart, windowEnd].
 */
import { DAY_MS, startOfDay } from './dates';
import type { TimeQuery } from './timeline';

export const TIME_MODES = ['in-force', 'up-to', 'window'] as const;
export type TimeMode = (typeof TIME_MODES)[number];

export const TIME_MODE_LABELS: Record<TimeMode, string> = {
  'in-force': 'In force at the date',
  'up-to': 'Everything up to the date',
  window: 'Active in the window',
};

/** How long a one-off event stays on the graph in in-force mode. */
export const LINGER_MS = 30 * DAY_MS;

export interface TimeState {
  readonly mode: TimeMode;
  readonly cursor: number;
  readonly windowStart: number;
  readonly windowEnd: number;
}

export function queryFor(t: TimeState): TimeQuery {
  switch (t.mode) {
    case 'in-force':
      return { from: startOfDay(t.cursor), to: t.cursor };
    case 'up-to':
      return { from: -Infinity, to: t.cursor };
    case 'window':
      return { from: Math.min(t.windowStart, t.windowEnd), to: Math.max(t.windowStart, t.windowEnd) };
  }
}

export function lingerFor(mode: TimeMode): number {
  return mode === 'in-force' ? LINGER_MS : 0;
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
