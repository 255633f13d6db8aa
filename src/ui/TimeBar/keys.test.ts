import { describe, expect, it } from 'vitest';
import { isoDay, partialDate } from '../../domain/dates';
import { dayGrid, dayIndex, dayStart } from '../../domain/timeGrid';
import { commandForKey, dayAfter, windowAfter } from './keys';

const t = (d: string) => partialDate(d).start;
const grid = dayGrid({ start: t('2025-01-20'), end: t('2026-02-04') });
const day = (d: string) => dayIndex(grid, t(d));
const iso = (i: number) => isoDay(dayStart(grid, i));

describe('commandForKey', () => {
  it('moves a day with the arrows and a month with Shift or the page keys', () => {
    expect(commandForKey({ key: 'ArrowRight' })).toEqual({ type: 'days', n: 1 });
    expect(commandForKey({ key: 'ArrowDown' })).toEqual({ type: 'days', n: -1 });
    expect(commandForKey({ key: 'ArrowLeft', shiftKey: true })).toEqual({ type: 'months', n: -1 });
    expect(commandForKey({ key: 'PageUp' })).toEqual({ type: 'months', n: 1 });
  });

  it('plays with Space and steps through events with the brackets', () => {
    expect(commandForKey({ key: ' ' })).toEqual({ type: 'play' });
    expect(commandForKey({ key: ']' })).toEqual({ type: 'event', dir: 1 });
    expect(commandForKey({ key: '[' })).toEqual({ type: 'event', dir: -1 });
  });

  it('leaves keys with Ctrl, Alt or Meta to the browser', () => {
    expect(commandForKey({ key: 'ArrowRight', ctrlKey: true })).toBeNull();
    expect(commandForKey({ key: 'Home', altKey: true })).toBeNull();
    expect(commandForKey({ key: 'a' })).toBeNull();
  });
});

describe('dayAfter', () => {
  it('keeps the day of the month when moving by months', () => {
    expect(iso(dayAfter(grid, day('2025-03-31'), { type: 'months', n: -1 }))).toBe('2025-02-28');
  });

  it('stays on the bar', () => {
    expect(dayAfter(grid, 0, { type: 'days', n: -1 })).toBe(0);
    expect(dayAfter(grid, grid.days - 1, { type: 'months', n: 1 })).toBe(grid.days - 1);
    expect(iso(dayAfter(grid, 10, { type: 'edge', edge: 'end' }))).toBe('2026-02-03');
  });
});

describe('windowAfter', () => {
  const w = { startDay: day('2025-09-01'), endDay: day('2025-09-30') };

  it('moves one handle and leaves the other', () => {
    const next = windowAfter(grid, w, 'end', { type: 'days', n: 1 });
    expect([iso(next.startDay), iso(next.endDay)]).toEqual(['2025-09-01', '2025-10-01']);
  });

  it('stops a handle at the other one', () => {
    const next = windowAfter(grid, w, 'start', { type: 'months', n: 2 });
    expect(next.startDay).toBe(w.endDay);
    expect(windowAfter(grid, w, 'end', { type: 'edge', edge: 'start' }).endDay).toBe(w.startDay);
  });
});
