import { describe, expect, it } from 'vitest';
import { makeLink, makeStory } from '../../tests/builders';
import { isoDay, partialDate } from './dates';
import { buildHistogram, chooseBinUnit, detailedRange } from './histogram';

const t = (d: string) => partialDate(d).start;

const story = makeStory([
  makeLink('office', { span: ['2025-01-20', null], tone: 0 }),
  makeLink('visa', { at: '2025-09-26', tone: -6 }),
  makeLink('decert', { at: '2025-09', tone: -5 }),
  makeLink('call', { at: '2026-01-05T10:00Z', tone: 5 }),
  makeLink('vague', { at: '2025', tone: -3 }),
  makeLink('vague2', { at: '2025', tone: 4 }),
  makeLink('meeting', { at: '2026-02-03', tone: 5 }),
]);

describe('buildHistogram', () => {
  it('counts each event in the month it starts, by tone band', () => {
    const h = buildHistogram(story, 'month');
    const sep = h.bins.find((b) => isoDay(b.start) === '2025-09-01')!;
    expect(sep.counts).toEqual({ hostile: 2, neutral: 0, cooperative: 0 });
    expect(sep.total).toBe(2);
    const jan = h.bins.find((b) => isoDay(b.start) === '2025-01-01')!;
    expect(jan.counts.neutral).toBe(1);
    expect(h.max).toBe(2);
  });

  it('covers the whole extent with consecutive bins', () => {
    const h = buildHistogram(story, 'month');
    expect(isoDay(h.bins[0]!.start)).toBe('2025-01-01');
    expect(isoDay(h.bins.at(-1)!.start)).toBe('2026-02-01');
    for (let i = 1; i < h.bins.length; i++) expect(h.bins[i]!.start).toBe(h.bins[i - 1]!.end);
  });

  it('keeps an event known only to the year out of the months, across its whole year', () => {
    const h = buildHistogram(story, 'month');
    expect(h.bins.reduce((n, b) => n + b.total, 0)).toBe(5);
    expect(h.coarse).toEqual([
      {
        start: t('2025'),
        end: t('2026'),
        precision: 'year',
        date: partialDate('2025'),
        counts: { hostile: 1, neutral: 0, cooperative: 1 },
        total: 2,
      },
    ]);
  });

  it('keeps a month-precise event out of day bins, across its month', () => {
    const h = buildHistogram(story, 'day');
    const sepGroup = h.coarse.find((g) => g.precision === 'month')!;
    expect([isoDay(sepGroup.start), isoDay(sepGroup.end)]).toEqual(['2025-09-01', '2025-10-01']);
    const callDay = h.bins.find((b) => isoDay(b.start) === '2026-01-05')!;
    expect(callDay.counts.cooperative).toBe(1);
  });

  it('picks days for short stories, months for years, years for decades', () => {
    expect(chooseBinUnit({ start: t('2026-01-01'), end: t('2026-02-15') })).toBe('day');
    expect(chooseBinUnit({ start: t('2022'), end: t('2026-03') })).toBe('month');
    expect(chooseBinUnit({ start: t('1950'), end: t('2026') })).toBe('year');
  });

  it('has one empty bin for an empty story', () => {
    const h = buildHistogram(makeStory([]));
    expect(h.bins).toHaveLength(1);
    expect(h.max).toBe(0);
  });
});

describe('detailedRange', () => {
  it('starts at the first month with a precise date, not at a vague earlier one', () => {
    const s = makeStory([
      makeLink('office', { span: ['2022', null] }),
      makeLink('visa', { at: '2025-09-26' }),
      makeLink('later', { at: '2026-02' }),
    ]);
    expect(detailedRange(s)).toEqual({ start: t('2025-09-01'), end: s.extent.end });
  });

  it('is the whole extent when nothing is dated to the month', () => {
    const s = makeStory([makeLink('a', { at: '2020' }), makeLink('b', { at: '2024' })]);
    expect(detailedRange(s)).toEqual(s.extent);
  });
});
