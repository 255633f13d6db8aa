/**
 * Partial dates: a date known to a year, a month, a day, or a minute/second with its UTC offset.
 *
 * Every date is kept as the interval it denotes, [start, end) in milliseconds since the epoch (UTC),
 * with its precision, so "2025-09" is the whole of September 2025 and never a made-up first day.
 * Calendar dates without a time are taken as UTC calendar days, so the reader's time zone never moves
 * an event to another day. User text is never handed to `new Date(text)`, which guesses.
 */

export type Precision = 'year' | 'month' | 'day' | 'minute' | 'second';

export interface PartialDate {
  /** The text as written in the story, e.g. "2025-09". */
  readonly text: string;
  readonly precision: Precision;
  /** First millisecond covered (UTC). */
  readonly start: number;
  /** First millisecond after the period (UTC, exclusive). */
  readonly end: number;
  /** For date-times: the offset from UTC, in minutes, as written. */
  readonly offsetMinutes?: number;
}

export type DateResult = { ok: true; value: PartialDate } | { ok: false; error: string };

export const DATE_FORMATS_HELP = 'YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss] with Z or ±hh:mm';

export const MONTHS_SHORT = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];
const MONTHS_LONG = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;

export const DAY_MS = 86_400_000;

export function daysInMonth(year: number, month1: number): number {
  return new Date(Date.UTC(year, month1, 0)).getUTCDate();
}

/** Parses a partial date. Returns an error that says what is wrong, never throws. */
export function parsePartialDate(input: string): DateResult {
  const text = input.trim();
  const m = PATTERN.exec(text);
  if (!m) {
    return {
      ok: false,
      error: `"${input}" is not a date Nexo can place in time: write ${DATE_FORMATS_HELP}`,
    };
  }
  const [, y, mo, d, hh, mi, ss, zone] = m;
  const year = Number(y);
  if (mo === undefined) {
    return ok(text, 'year', Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1));
  }
  const month = Number(mo);
  if (month < 1 || month > 12) return { ok: false, error: `"${input}": month ${mo} does not exist (01–12)` };
  if (d === undefined) {
    return ok(text, 'month', Date.UTC(year, month - 1, 1), Date.UTC(year, month, 1));
  }
  const day = Number(d);
  const dim = daysInMonth(year, month);
  if (day < 1 || day > dim) {
    return { ok: false, error: `"${input}": ${MONTHS_LONG[month - 1]} ${year} has ${dim} days` };
  }
  if (hh === undefined || mi === undefined) {
    return ok(text, 'day', Date.UTC(year, month - 1, day), Date.UTC(year, month - 1, day + 1));
  }
  const hour = Number(hh);
  const minute = Number(mi);
  const second = ss === undefined ? 0 : Number(ss);
  if (hour > 23 || minute > 59 || second > 59) {
    return { ok: false, error: `"${input}": ${hh}:${mi}${ss ? ':' + ss : ''} is not a time of day` };
  }
  if (zone === undefined) {
    return {
      ok: false,
      error: `"${input}": a time needs its offset from UTC, e.g. ${text}-05:00 or ${text}Z`,
    };
  }
  let offsetMinutes = 0;
  if (zone !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const oh = Number(zone.slice(1, 3));
    const om = Number(zone.slice(4, 6));
    if (oh > 14 || om > 59) return { ok: false, error: `"${input}": ${zone} is not a UTC offset` };
    offsetMinutes = sign * (oh * 60 + om);
  }
  const start = Date.UTC(year, month - 1, day, hour, minute, second) - offsetMinutes * 60_000;
  const precision: Precision = ss === undefined ? 'minute' : 'second';
  const end = start + (precision === 'minute' ? 60_000 : 1000);
  return { ok: true, value: { text, precision, start, end, offsetMinutes } };
}

function ok(text: string, precision: Precision, start: number, end: number): DateResult {
  return { ok: true, value: { text, precision, start, end } };
}

/** Like parsePartialDate, for dates already validated (the story loader); throws on bad input. */
export function partialDate(text: string): PartialDate {
  const r = parsePartialDate(text);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Formats a partial date at its own precision: "2025", "Sep 2025", "3 Feb 2026", "3 Feb 2026, 11:00 (UTC−05:00)". */
export function formatPartialDate(d: PartialDate): string {
  const u = new Date(d.start);
  switch (d.precision) {
    case 'year':
      return String(u.getUTCFullYear());
    case 'month':
      return `${MONTHS_SHORT[u.getUTCMonth()]} ${u.getUTCFullYear()}`;
    case 'day':
      return formatDay(d.start);
    case 'minute':
    case 'second': {
      const offset = d.offsetMinutes ?? 0;
      const local = new Date(d.start + offset * 60_000);
      const time =
        `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}` +
        (d.precision === 'second' ? `:${pad(local.getUTCSeconds())}` : '');
      return `${formatDay(local.getTime())}, ${time} (${formatOffset(offset)})`;
    }
  }
}

function formatOffset(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const sign = minutes < 0 ? '−' : '+';
  const abs = Math.abs(minutes);
  return `UTC${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** An instant shown as its UTC calendar day: "3 Feb 2026". */
export function formatDay(instant: number): string {
  const u = new Date(instant);
  return `${u.getUTCDate()} ${MONTHS_SHORT[u.getUTCMonth()]} ${u.getUTCFullYear()}`;
}

/** An instant as words for screen readers: "3 February 2026". */
export function formatDayLong(instant: number): string {
  const u = new Date(instant);
  return `${u.getUTCDate()} ${MONTHS_LONG[u.getUTCMonth()]} ${u.getUTCFullYear()}`;
}

/** The UTC calendar day that contains an instant, as YYYY-MM-DD. */
export function isoDay(instant: number): string {
  const u = new Date(instant);
  return `${u.getUTCFullYear()}-${pad(u.getUTCMonth() + 1)}-${pad(u.getUTCDate())}`;
}

/** Start of the UTC day containing an instant. */
export function startOfDay(instant: number): number {
  return Math.floor(instant / DAY_MS) * DAY_MS;
}

/** Precision order, coarse to fine. */
export const PRECISION_RANK: Record<Precision, number> = { year: 0, month: 1, day: 2, minute: 3, second: 4 };
