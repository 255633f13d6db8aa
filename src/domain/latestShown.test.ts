import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeLink, makeStory } from '../../tests/builders';
import { DAY_MS, isoDay } from './dates';
import { latestShownIndex } from './latestShown';
import { linksInTimeOrder } from './linkTime';
import { queryFor, TIME_MODES, type TimeState } from './timeModes';
import { createVisibleGraph } from './visibleGraph';

const starts = (...xs: number[]) => Float64Array.from(xs);

describe('latestShownIndex', () => {
  it('finds the last shown row that starts by the given time', () => {
    expect(latestShownIndex(starts(1, 2, 3, 4), 3, () => true)).toBe(2);
  });

  it('steps back over rows that are not shown', () => {
    expect(latestShownIndex(starts(1, 2, 3, 4), 4, (i) => i < 2)).toBe(1);
  });

  it('takes the last of several rows on the same start', () => {
    expect(latestShownIndex(starts(1, 2, 2, 2, 5), 2, () => true)).toBe(3);
  });

  it('is -1 when nothing is shown, or nothing has started yet', () => {
    expect(latestShownIndex(starts(1, 2), 9, () => false)).toBe(-1);
    expect(latestShownIndex(starts(5, 6), 4, () => true)).toBe(-1);
    expect(latestShownIndex(starts(), 4, () => true)).toBe(-1);
  });

  it('agrees with a scan of every row, in every time mode and under a filter', () => {
    const base = Date.UTC(2025, 0, 1);
    const day = (n: number) => isoDay(base + n * DAY_MS);
    const linkArb = fc.record({
      startDay: fc.integer({ min: 0, max: 120 }),
      length: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
      tone: fc.integer({ min: -10, max: 10 }),
    });
    fc.assert(
      fc.property(
        fc.array(linkArb, { minLength: 1, maxLength: 40 }),
        fc.constantFrom(...TIME_MODES),
        fc.integer({ min: -5, max: 200 }),
        fc.integer({ min: -5, max: 200 }),
        fc.option(fc.integer({ min: -10, max: 10 }), { nil: undefined }),
        (specs, mode, a, b, minTone) => {
          const links = specs.map((s, i) =>
            s.length === undefined
              ? makeLink(`l${i}`, { at: day(s.startDay), tone: s.tone })
              : makeLink(`l${i}`, { span: [day(s.startDay), day(s.startDay + s.length)], tone: s.tone }),
          );
          const story = makeStory(links);
          const time: TimeState = {
            mode,
            cursor: base + a * DAY_MS + DAY_MS / 2,
            windowStart: base + a * DAY_MS,
            windowEnd: base + b * DAY_MS,
          };
          const graph = createVisibleGraph(story, time);
          if (minTone !== undefined) graph.setFilter((l) => l.tone >= minTone);
          const rows = linksInTimeOrder(story.links);
          const shown = (i: number) => graph.hasLink(rows[i]!.id);
          let expected = -1;
          for (let i = rows.length - 1; i >= 0 && expected < 0; i--) if (shown(i)) expected = i;
          const found = latestShownIndex(
            Float64Array.from(rows, (l) => l.start),
            queryFor(time).to,
            shown,
          );
          expect(found).toBe(expected);
        },
      ),
    );
  });
});
