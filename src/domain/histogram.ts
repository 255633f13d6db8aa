/**
 * How many events fall in each period of the story, split by tone band, so busy months stand out.
 *
 * Each link counts once, at the date it starts (a one-off event's date, a span's start), in the period
 * that contains it. A date coarser than the bins (an event known only to the year, on a bar of months)
 * is never pinned to a made-up month: it goes to a separate group drawn across its whole period.
 */
import { PRECISION_RANK, type PartialDate, type Precision } from './dates';
import { upperBound } from './timeline';
import type { Link, Story } from './types';
import { TONE_BANDS, toneBand, type ToneBand } from './vocabulary';

export type BinUnit = 'day' | 'month' | 'year';

const UNIT_RANK: Record<BinUnit, number> = { year: 0, month: 1, day: 2 };

export type BandCounts = Record<ToneBand, number>;

export interface Bin {
  readonly start: number;
  readonly end: number;
  readonly counts: BandCounts;
  readonly total: number;
}

/** Events dated only to a period longer than a bin, drawn across that whole period. */
export interface CoarseGroup {
  readonly start: number;
  readonly end: number;
  readonly precision: Precision;
  /** The period itself, to name it ("2025", "Sep 2025"). */
  readonly date: PartialDate;
  readonly counts: BandCounts;
  readonly total: number;
}

export interface Histogram {
  readonly unit: BinUnit;
  readonly bins: readonly Bin[];
  readonly coarse: readonly CoarseGroup[];
  /** The largest bin total (0 for an empty story). */
  readonly max: number;
}

/** Days for a story of up to three months, months up to eight years, years beyond. */
export function chooseBinUnit(extent: { readonly start: number; readonly end: number }): BinUnit {
  const days = (extent.end - extent.start) / 86_400_000;
  if (days <= 92) return 'day';
  if (days <= 8 * 366) return 'month';
  return 'year';
}

/** The date a link counts at on the bar: a one-off event's date, or a span's start. */
export function linkStartDate(link: Link): PartialDate {
  return link.time.type === 'moment' ? link.time.at : link.time.start;
}

function unitStart(instant: number, unit: BinUnit): number {
  const u = new Date(instant);
  if (unit === 'day') return Date.UTC(u.getUTCFullYear(), u.getUTCMonth(), u.getUTCDate());
  if (unit === 'month') return Date.UTC(u.getUTCFullYear(), u.getUTCMonth(), 1);
  return Date.UTC(u.getUTCFullYear(), 0, 1);
}

function nextUnit(start: number, unit: BinUnit): number {
  const u = new Date(start);
  if (unit === 'day') return Date.UTC(u.getUTCFullYear(), u.getUTCMonth(), u.getUTCDate() + 1);
  if (unit === 'month') return Date.UTC(u.getUTCFullYear(), u.getUTCMonth() + 1, 1);
  return Date.UTC(u.getUTCFullYear() + 1, 0, 1);
}

const emptyCounts = (): BandCounts => ({ hostile: 0, neutral: 0, cooperative: 0 });

export function buildHistogram(story: Story, unit: BinUnit = chooseBinUnit(story.extent)): Histogram {
  const { start, end } = story.extent;
  const starts: number[] = [];
  for (let t = unitStart(start, unit); t < end || starts.length === 0; t = nextUnit(t, unit)) starts.push(t);
  const startsIndex = Float64Array.from(starts);
  const counts = starts.map(emptyCounts);
  const coarse = new Map<string, Omit<CoarseGroup, 'total'>>();

  for (const link of story.links) {
    const date = linkStartDate(link);
    const band = toneBand(link.tone);
    if (PRECISION_RANK[date.precision] < UNIT_RANK[unit]) {
      const key = `${date.start}/${date.end}`;
      let group = coarse.get(key);
      if (!group) {
        group = { start: date.start, end: date.end, precision: date.precision, date, counts: emptyCounts() };
        coarse.set(key, group);
      }
      group.counts[band] += 1;
      continue;
    }
    // The last bin starting at or before the date.
    const i = upperBound(startsIndex, date.start) - 1;
    if (i >= 0) counts[i]![band] += 1;
  }

  const total = (c: BandCounts) => TONE_BANDS.reduce((sum, b) => sum + c[b], 0);
  const bins = starts.map((s, i) => ({
    start: s,
    end: nextUnit(s, unit),
    counts: counts[i]!,
    total: total(counts[i]!),
  }));
  return {
    unit,
    bins,
    coarse: [...coarse.values()]
      .map((g) => ({ ...g, total: total(g.counts) }))
      .sort((a, b) => a.start - b.start || b.end - a.end),
    max: bins.reduce((m, b) => Math.max(m, b.total), 0),
  };
}

/**
 * Where the story is told in detail: from the first month with an event dated to the month or finer
 * to the end. A story whose extent is stretched back by one vague date (an office held since "2022")
 * then opens on its busy part; the whole extent stays a click away.
 */
export function detailedRange(story: Story): { start: number; end: number } {
  let first = Infinity;
  for (const link of story.links) {
    const date = linkStartDate(link);
    if (PRECISION_RANK[date.precision] >= UNIT_RANK.month) first = Math.min(first, date.start);
  }
  const { start, end } = story.extent;
  if (!Number.isFinite(first)) return { start, end };
  return { start: Math.max(start, unitStart(first, 'month')), end };
}
