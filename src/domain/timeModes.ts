/**
 * What "the graph at this time" means. Three explicit modes:
 * - in-force: what holds on the cursor's day — spans active at some point that day up to the cursor,
 *   and one-off events that happened recently (they stay for LINGER_MS, fading with age). A day, not
 *   an instant: a two-hour meeting is in force on its day, not only during its two hours, and, being
 *   an occurrence rather than a standing tie, it then lingers like any one-off event (see `lingers`);
 * - up-to: everything that happened up to the cursor;
 * - window: everything active at some point inside [windowStart, windowEnd].
 */
import { DAY_MS, startOfDay } from './dates';
import type { TimeQuery } from './timeline';
import type { Link } from './types';

export const TIME_MODES = ['in-force', 'up-to', 'window'] as const;
export type TimeMode = (typeof TIME_MODES)[number];

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

/**
 * Whether a link stays in force for a while after it ends, as a one-off event does: a moment, or a
 * span shorter than a day. On the bar's scale of days a two-hour meeting is an occurrence: if it left
 * the day after, the story's climax would vanish while the gift handed over during it stayed.
 * Longer spans (an office, a sanction, a run of threats) hold until they end and then leave.
 */
export function lingers(link: Link): boolean {
  return link.time.type === 'moment' || link.end - link.start < DAY_MS;
}

export function lingerFor(mode: TimeMode): number {
  return mode === 'in-force' ? LINGER_MS : 0;
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
