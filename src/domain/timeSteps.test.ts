import { describe, expect, it } from 'vitest';
import { makeLink, makeStory } from '../../tests/builders';
import { isoDay, partialDate } from './dates';
import type { TimeState } from './timeModes';
import { changeDays, linkShowsAt, placeWindow, stepChangeDay, stepToChange, timeToShow } from './timeSteps';

const t = (d: string) => partialDate(d).start;

const story = makeStory([
  makeLink('office', { span: ['2025-01-20', null] }),
  makeLink('decert', { at: '2025-09' }),
  makeLink('visa', { at: '2025-09-26' }),
  makeLink('threat', { span: ['2025-12', '2026-01'] }),
  makeLink('meeting', { span: ['2026-02-03T11:00-05:00', '2026-02-03T13:00-05:00'] }),
]);
const at = (d: string, mode: TimeState['mode'] = 'in-force'): TimeState => ({
  mode,
  cursor: t(d),
  windowStart: t('2025-01-20'),
  windowEnd: t('2025-02-01'),
});
const days = (a: Float64Array) => [...a].map(isoDay);

describe('changeDays', () => {
  it('lists the days links start and, in force, the first day after a span ends', () => {
    expect(days(changeDays(story, 'in-force'))).toEqual([
      '2025-01-20',
      '2025-09-01',
      '2025-09-26',
      '2025-12-01',
      '2026-02-01',
      '2026-02-03',
    ]);
  });

  it('does not make the day after a two-hour meeting a change: the meeting lingers like a one-off event', () => {
    expect(days(changeDays(story, 'in-force'))).not.toContain('2026-02-04');
  });

  it('lists only starts when nothing ever leaves (up to)', () => {
    expect(days(changeDays(story, 'up-to'))).not.toContain('2026-02-01');
  });
});

describe('stepChangeDay', () => {
  const points = changeDays(story, 'in-force');

  it('skips the empty months to the next change', () => {
    expect(isoDay(stepChangeDay(points, t('2025-02-10'), 1)!)).toBe('2025-09-01');
    expect(isoDay(stepChangeDay(points, t('2025-09-01') + 5000, 1)!)).toBe('2025-09-26');
  });

  it('goes back to the previous change, not to the start of today', () => {
    expect(isoDay(stepChangeDay(points, t('2025-09-26') + 5000, -1)!)).toBe('2025-09-01');
    expect(isoDay(stepChangeDay(points, t('2025-11-11'), -1)!)).toBe('2025-09-26');
  });

  it('has nothing before the first change or after the last', () => {
    expect(stepChangeDay(points, t('2025-01-20'), -1)).toBeNull();
    expect(stepChangeDay(points, t('2026-02-04'), 1)).toBeNull();
  });
});

describe('stepToChange', () => {
  it('puts the cursor at the end of the next change day', () => {
    const next = stepToChange(story, at('2025-03-01'), 1)!;
    expect(next.cursor).toBe(t('2025-09-02') - 1);
  });

  it('keeps the cursor inside the story', () => {
    const next = stepToChange(story, at('2026-02-02'), 1)!;
    expect(next.cursor).toBe(story.extent.end - 1);
  });

  it('slides a window, same width, so that its end reaches the next change', () => {
    const w = at('2025-01-25', 'window');
    const next = stepToChange(story, w, 1)!;
    expect(next.windowEnd).toBe(t('2025-09-02') - 1);
    expect(next.windowEnd - next.windowStart).toBe(w.windowEnd - w.windowStart);
  });
});

describe('placeWindow', () => {
  it('keeps its width and pushes it back inside the story', () => {
    const extent = { start: 0, end: 100 };
    expect(placeWindow(90, 20, extent)).toEqual({ start: 80, end: 100 });
    expect(placeWindow(-5, 20, extent)).toEqual({ start: 0, end: 20 });
    expect(placeWindow(10, 500, extent)).toEqual({ start: 0, end: 100 });
  });
});

describe('timeToShow', () => {
  const meeting = story.linkById.get('meeting')!;
  const decert = story.linkById.get('decert')!;

  it('moves the cursor to the day a link starts, where it is in force', () => {
    const time = timeToShow(meeting, at('2025-03-01'), story.extent);
    expect(isoDay(time.cursor)).toBe('2026-02-03');
    expect(linkShowsAt(meeting, time)).toBe(true);
  });

  it('keeps a two-hour meeting in force after its day, as it does a one-off event, but not a span that ended', () => {
    const threat = story.linkById.get('threat')!;
    expect(linkShowsAt(meeting, at('2026-02-20'))).toBe(true);
    expect(linkShowsAt(meeting, at('2026-03-20'))).toBe(false);
    expect(linkShowsAt(threat, at('2026-01-31'))).toBe(true);
    expect(linkShowsAt(threat, at('2026-02-01'))).toBe(false);
  });

  it('shows a month-precise event from the first day of its month', () => {
    const time = timeToShow(decert, at('2026-01-10', 'up-to'), story.extent);
    expect(isoDay(time.cursor)).toBe('2025-09-01');
    expect(linkShowsAt(decert, time)).toBe(true);
  });

  it('leaves a window that already shows the link alone, and moves one that does not', () => {
    const office = story.linkById.get('office')!;
    const w = at('2025-01-25', 'window');
    expect(timeToShow(office, w, story.extent)).toBe(w);
    const moved = timeToShow(decert, w, story.extent);
    expect(linkShowsAt(decert, moved)).toBe(true);
    expect(moved.windowEnd - moved.windowStart).toBe(w.windowEnd - w.windowStart);
  });
});
