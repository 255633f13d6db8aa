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

describe('createVisibleGraph without a filter (the cursor passes its diffs straight through)', () => {
  it('reports every change, across mode switches, as a diff that rebuilds the snapshot', () => {
    const graph = createVisibleGraph(story, at('2025-11-01'));
    const shown = graph.snapshot();
    const links = new Set(shown.links);
    const actors = new Set(shown.actors);
    const steps = [
      at('2025-12-15'),
      at('2026-01-10', 'up-to'),
      at('2026-02-20'),
      at('2025-10-01', 'window'),
      at('2026-01-05'),
    ];
    for (const time of steps) {
      const d = graph.setTime(time);
      d.leftLinks.forEach((id) => links.delete(id));
      d.enteredLinks.forEach((id) => links.add(id));
      d.leftActors.forEach((id) => actors.delete(id));
      d.enteredActors.forEach((id) => actors.add(id));
      expect({ links, actors }).toEqual(graph.snapshot());
      expect(graph.counts()).toEqual({ links: links.size, actors: actors.size });
      expect(createVisibleGraph(story, time).snapshot()).toEqual(graph.snapshot());
      for (const id of ['call', 'sanction', 'threat']) expect(graph.hasLink(id)).toBe(links.has(id));
      for (const id of ['trump', 'petro', 'us']) expect(graph.hasActor(id)).toBe(actors.has(id));
    }
  });

  it('starts filtering from what is shown when the first filter arrives', () => {
    const graph = createVisibleGraph(story, at('2026-01-10'));
    const d = graph.setFilter((l) => l.tone < 0);
    expect(d.leftLinks).toEqual(['call']);
    expect(graph.snapshot().links).toEqual(new Set(['sanction', 'threat']));
    expect(graph.hasLink('call')).toBe(false);
    expect(graph.counts()).toEqual({ links: 2, actors: 3 });
  });
});
