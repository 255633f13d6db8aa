import { describe, expect, it } from 'vitest';
import { makeLink } from '../../tests/builders';
import { formatLinkTime, linksInTimeOrder } from './linkTime';

describe('formatLinkTime', () => {
  it('shows a one-off event at its own precision', () => {
    expect(formatLinkTime(makeLink('a', { at: '2025-09' }))).toBe('Sep 2025');
    expect(formatLinkTime(makeLink('a', { at: '2025' }))).toBe('2025');
  });

  it('shows an open span as since its start', () => {
    expect(formatLinkTime(makeLink('a', { span: ['2022', null] }))).toBe('since 2022');
  });

  it('shows a closed span as a range', () => {
    expect(formatLinkTime(makeLink('a', { span: ['2025-12', '2026-01'] }))).toBe('Dec 2025 – Jan 2026');
  });

  it('shows hours on one day as a range of hours', () => {
    const meeting = makeLink('a', { span: ['2026-02-03T11:00-05:00', '2026-02-03T13:00-05:00'] });
    expect(formatLinkTime(meeting)).toBe('3 Feb 2026, 11:00–13:00 (UTC−05:00)');
  });
});

describe('linksInTimeOrder', () => {
  it('orders by start, the shorter first on the same start', () => {
    const links = [
      makeLink('year', { at: '2025' }),
      makeLink('month', { at: '2025-01' }),
      makeLink('later', { at: '2025-01-05' }),
      makeLink('first', { span: ['2024-12-31', null] }),
    ];
    expect(linksInTimeOrder(links).map((l) => l.id)).toEqual(['first', 'month', 'year', 'later']);
  });
});
