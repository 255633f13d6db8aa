/**
 * The time bar's grid: the story's extent cut into UTC calendar days, and the calendar arithmetic the
 * bar needs (months that keep their day, readable axis ticks). A day on the bar stands for the whole
 * day: the cursor on a day sits at its last millisecond, so everything dated that day, to any
 * precision, has happened by then.
 */
import { DAY_MS, MONTHS_SHORT, startOfDay } from './dates';
import { clamp } from './timeModes';

export interface DayGrid {
  /** Start of the story's first day (UTC). */
  readonly first: number;
  /** How many days the bar shows (at least one). */
  readonly days: number;
}

export function dayGrid(extent: { readonly start: number; readonly end: number }): DayGrid {
  const first = startOfDay(extent.start);
  const days = Math.max(1, Math.floor((extent.end - 1 - first) / DAY_MS) + 1);
  return { first, days };
}

/** The day (0 … days−1) that contains an instant, clamped to the grid. */
export function dayIndex(grid: DayGrid, instant: number): number {
  return clamp(Math.floor((instant - grid.first) / DAY_MS), 0, grid.days - 1);
}

export function dayStart(grid: DayGrid, day: number): number {
  return grid.first + day * DAY_MS;
}

/** The last millisecond of a day: where the cursor sits when it is "on" that day. */
export function dayEnd(grid: DayGrid, day: number): number {
  return grid.first + (day + 1) * DAY_MS - 1;
}

export function endOfDay(instant: number): number {
  return startOfDay(instant) + DAY_MS - 1;
}

/** Where an instant falls along the bar, from 0 (first day's start) to 1 (last day's end). */
export function gridFraction(grid: DayGrid, instant: number): number {
  return clamp((instant - grid.first) / (grid.days * DAY_MS), 0, 1);
}

/** The same day of the month `n` months later (or earlier), kept inside shorter months. */
export function addMonths(instant: number, n: number): number {
  const u = new Date(instant);
  const y = u.getUTCFullYear();
  const m = u.getUTCMonth() + n;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const day = Math.min(u.getUTCDate(), lastDay);
  return Date.UTC(y, m, day) + (instant - startOfDay(instant));
}

export interface Tick {
  readonly at: number;
  readonly label: string;
}

type TickStep = { readonly unit: 'day' | 'month' | 'year'; readonly n: number };
const STEPS: readonly TickStep[] = [
  { unit: 'day', n: 1 },
  { unit: 'day', n: 2 },
  { unit: 'day', n: 7 },
  { unit: 'day', n: 14 },
  { unit: 'month', n: 1 },
  { unit: 'month', n: 3 },
  { unit: 'month', n: 6 },
  { unit: 'year', n: 1 },
  { unit: 'year', n: 2 },
  { unit: 'year', n: 5 },
  { unit: 'year', n: 10 },
  { unit: 'year', n: 25 },
  { unit: 'year', n: 100 },
];

/**
 * Axis ticks on calendar boundaries inside [start, end), the finest step that gives at most
 * `maxTicks`. Labels name the year once where it changes ("2026", "Apr", "Jul"; "3 Feb 2026", "10 Feb").
 */
export function axisTicks(start: number, end: number, maxTicks: number): Tick[] {
  for (const step of STEPS) {
    const ats = tickInstants(start, end, step, maxTicks + 1);
    if (ats.length <= maxTicks) return labelTicks(ats, step);
  }
  return [];
}

function tickInstants(start: number, end: number, step: TickStep, limit: number): number[] {
  const out: number[] = [];
  const s = new Date(start);
  let y = s.getUTCFullYear();
  if (step.unit === 'day') {
    for (let t = startOfDay(start) + (start % DAY_MS === 0 ? 0 : DAY_MS); t < end; t += step.n * DAY_MS) {
      out.push(t);
      if (out.length > limit) break;
    }
    return out;
  }
  if (step.unit === 'month') {
    // Months counted from year 0, so quarters and halves fall on Jan/Apr/Jul/Oct and Jan/Jul.
    let mi = y * 12 + s.getUTCMonth();
    if (Date.UTC(y, s.getUTCMonth(), 1) < start) mi += 1;
    mi = Math.ceil(mi / step.n) * step.n;
    for (let t = monthStart(mi); t < end; mi += step.n, t = monthStart(mi)) {
      out.push(t);
      if (out.length > limit) break;
    }
    return out;
  }
  if (Date.UTC(y, 0, 1) < start) y += 1;
  y = Math.ceil(y / step.n) * step.n;
  for (let t = Date.UTC(y, 0, 1); t < end; y += step.n, t = Date.UTC(y, 0, 1)) {
    out.push(t);
    if (out.length > limit) break;
  }
  return out;
}

const monthStart = (mi: number) => Date.UTC(Math.floor(mi / 12), mi % 12, 1);

function labelTicks(ats: number[], step: TickStep): Tick[] {
  let lastYear: number | null = null;
  return ats.map((at) => {
    const u = new Date(at);
    const year = u.getUTCFullYear();
    const newYear = year !== lastYear;
    lastYear = year;
    if (step.unit === 'year') return { at, label: String(year) };
    if (step.unit === 'month') {
      const month = u.getUTCMonth();
      if (month === 0) return { at, label: String(year) };
      return { at, label: newYear ? `${MONTHS_SHORT[month]} ${year}` : MONTHS_SHORT[month]! };
    }
    const day = `${u.getUTCDate()} ${MONTHS_SHORT[u.getUTCMonth()]}`;
    return { at, label: newYear ? `${day} ${year}` : day };
  });
}

/** The stretch of time the bar shows, [start, end) in ms; it can be zoomed inside the story. */
export interface TimeView {
  readonly start: number;
  readonly end: number;
}

/** The shortest stretch the bar zooms into. */
export const MIN_VIEW_MS = 7 * DAY_MS;

export function viewFraction(view: TimeView, instant: number): number {
  return (instant - view.start) / (view.end - view.start);
}

export function gridView(grid: DayGrid): TimeView {
  return { start: grid.first, end: grid.first + grid.days * DAY_MS };
}

/** The view kept inside `limits`, at least a week wide (or the whole story if shorter). */
export function clampView(view: TimeView, limits: TimeView): TimeView {
  return fitView(view.start, view.end - view.start, limits);
}

/** A view of the given width (within limits) that starts at `start`, pushed back inside `limits`. */
function fitView(start: number, width: number, limits: TimeView): TimeView {
  const w = clamp(width, Math.min(MIN_VIEW_MS, limits.end - limits.start), limits.end - limits.start);
  const s = clamp(start, limits.start, limits.end - w);
  return { start: s, end: s + w };
}

/** Zooms by `factor` (above 1 zooms in) keeping the instant `around` where it is on screen. */
export function zoomView(view: TimeView, factor: number, around: number, limits: TimeView): TimeView {
  const width = (view.end - view.start) / factor;
  const f = clamp(viewFraction(view, around), 0, 1);
  return fitView(around - f * width, width, limits);
}

/** The view moved as little as possible (zoomed out if need be) so that [from, to] is inside it. */
export function viewIncluding(view: TimeView, from: number, to: number, limits: TimeView): TimeView {
  if (from >= view.start && to <= view.end) return view;
  const width = Math.max(view.end - view.start, to - from);
  return fitView(from < view.start ? from : to - width, width, limits);
}
