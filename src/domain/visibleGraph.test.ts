import { describe, expect, it } from 'vitest';
import { makeLink, makeStory } from '../../tests/builders';
import { partialDate } from './dates';
import type { TimeState } from './timeModes';
import { createVisibleGraph } from './visibleGraph';

const story = makeStory([
  makeLink('call', { from: 'trump', to: 'petro', at: '2026-01', tone: 4 }),
  makeLink('sanction', { from: 'us', to: 'petro', span: ['2025-10-24', null], tone: -8 }),
  makeLink('threat', { from: 'trump', to: 'petro', at: '2025-12', tone: -7 }),
]);
const at = (d: string, mode: TimeState['mode'] = 'in-force'): TimeState => ({
  mode,
  cursor: partialDate(d).start,
  windowStart: 0,
  windowEnd: 0,
});

describe('createVisibleGraph', () => {
  it('keeps a one-off event in force for a while after it happened', () => {
    const g = createVisibleGraph(story, at('2026-02-15'));
    expect(g.hasLink('call')).toBe(true);
    expect(g.hasLink('threat')).toBe(false);
  });

  it('shows everything up to the date in up-to mode', () => {
    const g = createVisibleGraph(story, at('2026-02-15'));
    const d = g.setTime(at('2026-02-15', 'up-to'));
    expect(d.enteredLinks).toEqual(['threat']);
    expect([...g.snapshot().links].sort()).toEqual(['call', 'sanction', 'threat']);
  });

  it('applies a filter and reports what it hid', () => {
    const g = createVisibleGraph(story, at('2026-02-15'));
    const d = g.setFilter((l) => l.tone < 0);
    expect(d.leftLinks).toEqual(['call']);
    expect(d.leftActors).toEqual(['trump']);
    expect(g.hasActor('petro')).toBe(true);
  });

  it('keeps filtered links out while time moves', () => {
    const g = createVisibleGraph(story, at('2025-11-01'), (l) => l.tone < 0);
    const d = g.setTime(at('2026-02-15'));
    expect(d.enteredLinks).toEqual([]);
    expect(g.hasLink('call')).toBe(false);
    const back = g.setFilter(() => true);
    expect(back.enteredLinks).toEqual(['call']);
  });
});
