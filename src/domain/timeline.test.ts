import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeLink, makeStory } from '../../tests/builders';
import { partialDate } from './dates';
import { buildTimelineIndex, createTimeCursor, diffSnapshots, snapshotAt, type TimeQuery } from './timeline';

const at = (text: string): TimeQuery => {
  const t = partialDate(text).start;
  return { from: t, to: t };
};

const story = makeStory([
  makeLink('call', { from: 'trump', to: 'petro', at: '2026-01' }),
  makeLink('sanction', { from: 'us', to: 'petro', span: ['2025-10-24', null] }),
  makeLink('office', { from: 'vance', to: 'us', span: ['2025-01-20', '2025-06-30'] }),
  makeLink('meeting', { from: 'trump', to: 'petro', at: '2026-02-03' }),
]);

describe('snapshotAt', () => {
  const index = buildTimelineIndex(story);

  it('shows a month-precise event throughout its month and not after', () => {
    expect(snapshotAt(index, at('2026-01-01')).links.has('call')).toBe(true);
    expect(snapshotAt(index, at('2026-01-31')).links.has('call')).toBe(true);
    expect(snapshotAt(index, at('2026-02-01')).links.has('call')).toBe(false);
    expect(snapshotAt(index, at('2025-12-31')).links.has('call')).toBe(false);
  });

  it('keeps an open span in force from its start on', () => {
    expect(snapshotAt(index, at('2025-10-23')).links.has('sanction')).toBe(false);
    expect(snapshotAt(index, at('2025-10-24')).links.has('sanction')).toBe(true);
    expect(snapshotAt(index, at('2030-01-01')).links.has('sanction')).toBe(true);
  });

  it('includes the whole last day of a closed span and hides it the day after', () => {
    expect(snapshotAt(index, at('2025-06-30')).links.has('office')).toBe(true);
    expect(snapshotAt(index, at('2025-07-01')).links.has('office')).toBe(false);
  });

  it('shows an event exactly at the cursor', () => {
    const t = partialDate('2026-02-03').start;
    expect(snapshotAt(index, { from: t, to: t }).links.has('meeting')).toBe(true);
  });

  it('shows the actors of visible links only', () => {
    const s = snapshotAt(index, at('2025-03-01'));
    expect([...s.actors].sort()).toEqual(['us', 'vance']);
  });

  it('keeps a one-off event for the linger time after it ends', () => {
    const lingering = buildTimelineIndex(story, 10 * 86_400_000);
    expect(snapshotAt(lingering, at('2026-02-10')).links.has('call')).toBe(true);
    expect(snapshotAt(lingering, at('2026-02-11')).links.has('call')).toBe(false);
    // Spans do not linger.
    expect(snapshotAt(lingering, at('2025-07-05')).links.has('office')).toBe(false);
  });

  it('keeps a span shorter than a day for the linger time too, as the one-off event it is', () => {
    const talks = makeLink('talks', { span: ['2026-02-03T11:00-05:00', '2026-02-03T13:00-05:00'] });
    const lingering = buildTimelineIndex(makeStory([talks]), 10 * 86_400_000);
    expect(snapshotAt(lingering, at('2026-02-13')).links.has('talks')).toBe(true);
    expect(snapshotAt(lingering, at('2026-02-14')).links.has('talks')).toBe(false);
  });

  it('answers a window with everything active inside it', () => {
    const s = snapshotAt(index, {
      from: partialDate('2025-06-01').start,
      to: partialDate('2025-11-01').start,
    });
    expect([...s.links].sort()).toEqual(['office', 'sanction']);
  });
});

describe('createTimeCursor', () => {
  it('reports what entered and left when the cursor moves forward and back', () => {
    const cursor = createTimeCursor(buildTimelineIndex(story), at('2025-12-01'));
    const forward = cursor.moveTo(at('2026-01-15'));
    expect(forward.enteredLinks).toEqual(['call']);
    expect(forward.leftLinks).toEqual([]);
    expect(forward.enteredActors).toEqual(['trump']);
    const back = cursor.moveTo(at('2025-12-01'));
    expect(back.leftLinks).toEqual(['call']);
    expect(back.leftActors).toEqual(['trump']);
  });

  it('returns an empty diff when nothing changes', () => {
    const cursor = createTimeCursor(buildTimelineIndex(story), at('2025-12-01'));
    const d = cursor.moveTo(at('2025-12-02'));
    expect(d.enteredLinks.length + d.leftLinks.length + d.enteredActors.length + d.leftActors.length).toBe(0);
  });

  it('does not report an actor whose links were swapped in one move', () => {
    const swap = makeStory([
      makeLink('early', { from: 'x', to: 'y', span: ['2025-01', '2025-01'] }),
      makeLink('late', { from: 'x', to: 'z', span: ['2025-03', '2025-03'] }),
    ]);
    const cursor = createTimeCursor(buildTimelineIndex(swap), at('2025-01-15'));
    const d = cursor.moveTo(at('2025-03-15'));
    expect(d.enteredActors).toEqual(['z']);
    expect(d.leftActors).toEqual(['y']);
  });

  it('always agrees with a from-scratch snapshot (property)', () => {
    const day = 86_400_000;
    const base = Date.UTC(2025, 0, 1);
    const linkArb = fc.record({
      from: fc.integer({ min: 0, max: 6 }),
      to: fc.integer({ min: 0, max: 6 }),
      startDay: fc.integer({ min: 0, max: 60 }),
      length: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }),
      moment: fc.boolean(),
    });
    const queryArb = fc
      .tuple(fc.integer({ min: -5, max: 100 }), fc.integer({ min: 0, max: 40 }), fc.boolean())
      .map(([a, len, open]) => ({ from: open ? -Infinity : base + a * day, to: base + (a + len) * day }));
    fc.assert(
      fc.property(
        fc.array(linkArb, { maxLength: 25 }),
        fc.array(queryArb, { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 0, max: 5 }),
        (specs, queries, lingerDays) => {
          const iso = (d: number) => new Date(base + d * day).toISOString().slice(0, 10);
          const links = specs.map((s, i) =>
            s.moment
              ? makeLink(`l${i}`, { from: `a${s.from}`, to: `a${s.to}`, at: iso(s.startDay) })
              : makeLink(`l${i}`, {
                  from: `a${s.from}`,
                  to: `a${s.to}`,
                  span: [iso(s.startDay), s.length === null ? null : iso(s.startDay + s.length)],
                }),
          );
          const index = buildTimelineIndex(makeStory(links), lingerDays * day);
          const cursor = createTimeCursor(index, queries[0]!);
          let prev = snapshotAt(index, queries[0]!);
          for (const q of queries.slice(1)) {
            const d = cursor.moveTo(q);
            const next = snapshotAt(index, q);
            const expected = diffSnapshots(prev, next);
            expect(new Set(d.enteredLinks)).toEqual(new Set(expected.enteredLinks));
            expect(new Set(d.leftLinks)).toEqual(new Set(expected.leftLinks));
            expect(new Set(d.enteredActors)).toEqual(new Set(expected.enteredActors));
            expect(new Set(d.leftActors)).toEqual(new Set(expected.leftActors));
            expect(cursor.snapshot()).toEqual(next);
            expect(cursor.counts()).toEqual({ links: next.links.size, actors: next.actors.size });
            prev = next;
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
