/** A link's time in words, at the precision its sources give. */
import { formatPartialDate, isoDay, type PartialDate } from './dates';
import type { Link } from './types';

/** "Sep 2025", "since 2022", "Dec 2025 – Jan 2026", "3 Feb 2026, 11:00–13:00 (UTC−05:00)". */
export function formatLinkTime(link: Link): string {
  const t = link.time;
  if (t.type === 'moment') return formatPartialDate(t.at);
  if (t.end === null) return `since ${formatPartialDate(t.start)}`;
  return sameDayTimes(t.start, t.end) ?? `${formatPartialDate(t.start)} – ${formatPartialDate(t.end)}`;
}

// Two times on one local day with one offset read better as a range of hours.
function sameDayTimes(a: PartialDate, b: PartialDate): string | null {
  const timed = (d: PartialDate) => d.precision === 'minute' || d.precision === 'second';
  if (!timed(a) || !timed(b) || a.offsetMinutes !== b.offsetMinutes) return null;
  const shift = (a.offsetMinutes ?? 0) * 60_000;
  if (isoDay(a.start + shift) !== isoDay(b.start + shift)) return null;
  const pa = TIMED.exec(formatPartialDate(a));
  const pb = TIMED.exec(formatPartialDate(b));
  if (!pa || !pb) return null;
  return `${pa[1]}, ${pa[2]}–${pb[2]} (${pa[3]})`;
}

/** "3 Feb 2026, 11:00 (UTC−05:00)" → day, time, zone. */
const TIMED = /^(.*), (\S+) \((.*)\)$/;

/** Every link in the order things happened: by start, then the shorter first, then by id. */
export function linksInTimeOrder(links: readonly Link[]): Link[] {
  return [...links].sort((a, b) => a.start - b.start || a.end - b.end || a.id.localeCompare(b.id));
}
