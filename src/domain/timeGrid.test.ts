import { describe, expect, it } from 'vitest';
import { DAY_MS, isoDay, partialDate } from './dates';
import {
  addMonths,
  axisTicks,
  dayEnd,
  dayGrid,
  dayIndex,
  gridFraction,
  MIN_VIEW_MS,
  viewIncluding,
  zoomView,
} from './timeGrid';

const t = (d: string) => partialDate(d).start;

describe('dayGrid', () => {
  it('cuts the extent into whole UTC days, the last one included', () => {
    const grid = dayGrid({ start: t('2025-01-20'), end: t('2025-01-23') });
    expect(grid).toEqual({ first: t('2025-01-20'), days: 3 });
    expect(isoDay(dayEnd(grid, 2))).toBe('2025-01-22');
    expect(dayEnd(grid, 2)).toBe(t('2025-01-23') - 1);
  });

  it('has at least one day for an empty story', () => {
    expect(dayGrid({ start: 0, end: 0 }).days).toBe(1);
  });

  it('finds the day of an instant and keeps it on the grid', () => {
    const grid = dayGrid({ start: t('2025-01-20'), end: t('2025-02-01') });
    expect(dayIndex(grid, t('2025-01-21') + 5000)).toBe(1);
    expect(dayIndex(grid, t('2024-01-01'))).toBe(0);
    expect(dayIndex(grid, t('2030-01-01'))).toBe(grid.days - 1);
    expect(gridFraction(grid, grid.first + grid.days * DAY_MS)).toBe(1);
  });
});

describe('addMonths', () => {
  it('keeps the day of the month, inside shorter months', () => {
    expect(isoDay(addMonths(t('2025-01-31'), 1))).toBe('2025-02-28');
    expect(isoDay(addMonths(t('2025-03-15'), -3))).toBe('2024-12-15');
  });

  it('keeps the time of day', () => {
    const at = t('2025-01-10') + 1234;
    expect(addMonths(at, 1) - t('2025-02-10')).toBe(1234);
  });
});

describe('axisTicks', () => {
  it('labels years and the months between them on a four-year story', () => {
    const ticks = axisTicks(t('2022-01-01'), t('2026-03-01'), 10);
    expect(ticks.map((k) => k.label)).toEqual([
      '2022',
      'Jul',
      '2023',
      'Jul',
      '2024',
      'Jul',
      '2025',
      'Jul',
      '2026',
    ]);
  });

  it('uses days on a short story, naming the year once', () => {
    const ticks = axisTicks(t('2026-01-30'), t('2026-02-03'), 10);
    expect(ticks.map((k) => k.label)).toEqual(['30 Jan 2026', '31 Jan', '1 Feb', '2 Feb']);
  });

  it('never gives more ticks than asked for', () => {
    for (const max of [2, 5, 12, 40]) {
      expect(axisTicks(t('1990'), t('2026-02-03'), max).length).toBeLessThanOrEqual(max);
    }
  });

  it('starts quarters on a calendar quarter after the start', () => {
    const ticks = axisTicks(t('2025-02-10'), t('2026-02-10'), 5);
    expect(ticks.map((k) => isoDay(k.at))).toEqual(['2025-04-01', '2025-07-01', '2025-10-01', '2026-01-01']);
  });
});

describe('zoomView', () => {
  const limits = { start: 0, end: 1000 * DAY_MS };

  it('keeps the instant under the pointer in place', () => {
    const view = { start: 0, end: 1000 * DAY_MS };
    const zoomed = zoomView(view, 2, 250 * DAY_MS, limits);
    expect(zoomed).toEqual({ start: 125 * DAY_MS, end: 625 * DAY_MS });
  });

  it('never zooms beyond the story or below a week', () => {
    const view = { start: 0, end: 100 * DAY_MS };
    expect(zoomView(view, 0.01, 50 * DAY_MS, limits)).toEqual(limits);
    expect(
      zoomView(view, 1000, 50 * DAY_MS, limits).end - zoomView(view, 1000, 50 * DAY_MS, limits).start,
    ).toBe(MIN_VIEW_MS);
  });
});

describe('viewIncluding', () => {
  const limits = { start: 0, end: 1000 * DAY_MS };
  const view = { start: 500 * DAY_MS, end: 600 * DAY_MS };

  it('leaves a view that already shows the range alone', () => {
    expect(viewIncluding(view, 510 * DAY_MS, 520 * DAY_MS, limits)).toBe(view);
  });

  it('pans just enough to bring the range in', () => {
    expect(viewIncluding(view, 10 * DAY_MS, 10 * DAY_MS, limits)).toEqual({
      start: 10 * DAY_MS,
      end: 110 * DAY_MS,
    });
    expect(viewIncluding(view, 650 * DAY_MS, 650 * DAY_MS, limits)).toEqual({
      start: 550 * DAY_MS,
      end: 650 * DAY_MS,
    });
  });

  it('zooms out for a range wider than the view', () => {
    expect(viewIncluding(view, 100 * DAY_MS, 900 * DAY_MS, limits)).toEqual({
      start: 100 * DAY_MS,
      end: 900 * DAY_MS,
    });
  });
});
