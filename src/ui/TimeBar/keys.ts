/**
 * The time bar's keyboard, as pure functions: which command a key means, and where a day or a window
 * goes under it. Arrows move a day, Shift+arrows or PageUp/PageDown a month, Home/End to the edges,
 * Space plays or pauses, [ and ] step to the previous or next event.
 */
import { addMonths, dayIndex, dayStart, type DayGrid } from '../../domain/timeGrid';
import { clamp } from '../../domain/timeModes';

export type BarCommand =
  | { readonly type: 'days'; readonly n: number }
  | { readonly type: 'months'; readonly n: number }
  | { readonly type: 'edge'; readonly edge: 'start' | 'end' }
  | { readonly type: 'play' }
  | { readonly type: 'event'; readonly dir: 1 | -1 };

export type MoveCommand = Extract<BarCommand, { type: 'days' | 'months' | 'edge' }>;

export interface KeyLike {
  readonly key: string;
  readonly shiftKey?: boolean;
  readonly ctrlKey?: boolean;
  readonly metaKey?: boolean;
  readonly altKey?: boolean;
}

export const KEY_HELP =
  '← → a day · Shift+← → a month · Home/End · Space play/pause · [ ] previous/next event';

export function commandForKey(e: KeyLike): BarCommand | null {
  // Browser and screen reader shortcuts stay theirs.
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  const by = (n: number): BarCommand => (e.shiftKey ? { type: 'months', n } : { type: 'days', n });
  switch (e.key) {
    case 'ArrowRight':
    case 'ArrowUp':
      return by(1);
    case 'ArrowLeft':
    case 'ArrowDown':
      return by(-1);
    case 'PageUp':
      return { type: 'months', n: 1 };
    case 'PageDown':
      return { type: 'months', n: -1 };
    case 'Home':
      return { type: 'edge', edge: 'start' };
    case 'End':
      return { type: 'edge', edge: 'end' };
    case ' ':
      return { type: 'play' };
    case ']':
      return { type: 'event', dir: 1 };
    case '[':
      return { type: 'event', dir: -1 };
    default:
      return null;
  }
}

/** The day a move lands on, from `day`, kept on the grid. */
export function dayAfter(grid: DayGrid, day: number, cmd: MoveCommand): number {
  switch (cmd.type) {
    case 'edge':
      return cmd.edge === 'start' ? 0 : grid.days - 1;
    case 'days':
      return clamp(day + cmd.n, 0, grid.days - 1);
    case 'months':
      return dayIndex(grid, addMonths(dayStart(grid, day), cmd.n));
  }
}

export interface WindowDays {
  readonly startDay: number;
  readonly endDay: number;
}

/** Moves one handle of a window; a handle stops at the other one, so they never swap. */
export function windowAfter(
  grid: DayGrid,
  w: WindowDays,
  handle: 'start' | 'end',
  cmd: MoveCommand,
): WindowDays {
  if (handle === 'start') {
    const startDay = cmd.type === 'edge' && cmd.edge === 'end' ? w.endDay : dayAfter(grid, w.startDay, cmd);
    return { startDay: Math.min(startDay, w.endDay), endDay: w.endDay };
  }
  const endDay = cmd.type === 'edge' && cmd.edge === 'start' ? w.startDay : dayAfter(grid, w.endDay, cmd);
  return { startDay: w.startDay, endDay: Math.max(endDay, w.startDay) };
}
