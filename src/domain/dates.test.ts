import { afterEach, describe, expect, it } from 'vitest';
import { formatDay, formatPartialDate, parsePartialDate, partialDate } from './dates';

const utc = (...a: [number, number, number?, number?, number?]) =>
  Date.UTC(a[0], a[1] - 1, a[2] ?? 1, a[3] ?? 0, a[4] ?? 0);

describe('parsePartialDate', () => {
  it('reads a year as the whole year', () => {
    const d = partialDate('2025');
    expect(d.precision).toBe('year');
    expect(d.start).toBe(utc(2025, 1));
    expect(d.end).toBe(utc(2026, 1));
  });

  it('reads a month as the whole month, not its first day', () => {
    const d = partialDate('2025-09');
    expect(d.precision).toBe('month');
    expect(d.start).toBe(utc(2025, 9, 1));
    expect(d.end).toBe(utc(2025, 10, 1));
  });

  it('rolls December over into the next year', () => {
    const d = partialDate('2025-12');
    expect(d.end).toBe(utc(2026, 1, 1));
  });

  it('reads a day as one UTC calendar day', () => {
    const d = partialDate('2026-02-03');
    expect(d.precision).toBe('day');
    expect(d.end - d.start).toBe(86_400_000);
  });

  it('accepts 29 February only in leap years', () => {
    expect(parsePartialDate('2024-02-29').ok).toBe(true);
    const r = parsePartialDate('2025-02-29');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain('February 2025 has 28 days');
  });

  it('rejects a day that does not exist instead of rolling it over', () => {
    const r = parsePartialDate('2025-09-31');
    expect(r).toEqual({ ok: false, error: '"2025-09-31": September 2025 has 30 days' });
  });

  it('rejects a month that does not exist', () => {
    expect(parsePartialDate('2025-13').ok).toBe(false);
    expect(parsePartialDate('2025-00').ok).toBe(false);
  });

  it('rejects vague text with a message that says what to write', () => {
    const r = parsePartialDate('early 2025');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/"early 2025" is not a date.*YYYY-MM-DD/);
  });

  it('places a date-time with its offset at the right instant', () => {
    const d = partialDate('2026-02-03T11:00-05:00');
    expect(d.precision).toBe('minute');
    expect(d.start).toBe(utc(2026, 2, 3, 16, 0));
    expect(d.offsetMinutes).toBe(-300);
  });

  it('requires a time to carry its offset', () => {
    const r = parsePartialDate('2026-02-03T11:00');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain('offset');
  });

  it('rejects times of day that do not exist', () => {
    expect(parsePartialDate('2026-02-03T24:00Z').ok).toBe(false);
    expect(parsePartialDate('2026-02-03T10:60Z').ok).toBe(false);
  });
});

describe('formatPartialDate', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalTz;
  });

  it('shows each date at its own precision', () => {
    expect(formatPartialDate(partialDate('2025'))).toBe('2025');
    expect(formatPartialDate(partialDate('2025-09'))).toBe('Sep 2025');
    expect(formatPartialDate(partialDate('2026-02-03'))).toBe('3 Feb 2026');
    expect(formatPartialDate(partialDate('2026-02-03T11:00-05:00'))).toBe('3 Feb 2026, 11:00 (UTC−05:00)');
  });

  it('does not move a date when the reader is in another time zone', () => {
    process.env.TZ = 'America/New_York';
    expect(formatPartialDate(partialDate('2025-09'))).toBe('Sep 2025');
    expect(formatPartialDate(partialDate('2025-01-01'))).toBe('1 Jan 2025');
    process.env.TZ = 'Pacific/Kiritimati';
    expect(formatDay(partialDate('2025-12-31').start)).toBe('31 Dec 2025');
  });
});
