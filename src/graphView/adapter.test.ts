import { describe, expect, it } from 'vitest';
import { makeLink, makeStory } from '../../tests/builders';
import { partialDate } from '../domain/dates';
import { createVisibleGraph } from '../domain/visibleGraph';
import { createGraphView } from './adapter';
import { computeStoryLayout } from './layout';
import { DENSE_DETAIL } from '../domain/levelOfDetail';

const story = makeStory([
  makeLink('call', { from: 'trump', to: 'petro', at: '2026-01' }),
  makeLink('sanction', { from: 'us', to: 'petro', span: ['2025-10-24', null] }),
  makeLink('meeting', { from: 'trump', to: 'petro', at: '2026-02-03' }),
]);
const t = (d: string) => partialDate(d).start;
const time = (d: string) => ({ mode: 'in-force' as const, cursor: t(d), windowStart: 0, windowEnd: 0 });

describe('createGraphView (headless Cytoscape)', () => {
  it('shows the snapshot it is reset to, at the layout positions', () => {
    const positions = computeStoryLayout(story);
    const view = createGraphView({ story, positions, highlightMs: 0 });
    const graph = createVisibleGraph(story, time('2025-11-01'));
    view.reset(graph.snapshot());
    expect(view.shown()).toEqual({ actors: expect.arrayContaining(['us', 'petro']), links: ['sanction'] });
    view.destroy();
  });

  it('applies a diff by adding and removing only what changed', () => {
    const view = createGraphView({ story, positions: computeStoryLayout(story), highlightMs: 0 });
    const graph = createVisibleGraph(story, time('2025-11-01'));
    view.reset(graph.snapshot());
    view.applyDiff(graph.setTime(time('2026-01-10')));
    expect(view.shown().links.sort()).toEqual(['call', 'sanction']);
    expect(view.shown().actors.sort()).toEqual(['petro', 'trump', 'us']);
    view.applyDiff(graph.setTime(time('2025-11-01')));
    expect(view.shown()).toEqual({ actors: expect.arrayContaining(['us', 'petro']), links: ['sanction'] });
    expect(view.shown().actors).toHaveLength(2);
    view.destroy();
  });
});

describe('computeStoryLayout', () => {
  it('places every actor, the same way every time', () => {
    const a = computeStoryLayout(story);
    const b = computeStoryLayout(story);
    expect([...a.keys()].sort()).toEqual(['petro', 'trump', 'us']);
    expect([...a.entries()]).toEqual([...b.entries()]);
    const xs = [...a.values()].map((p) => `${p.x},${p.y}`);
    expect(new Set(xs).size).toBe(3);
  });
});

describe('createGraphView with merged pairs (large stories)', () => {
  it('draws the links between two actors as one edge and keeps its weight up to date', () => {
    const view = createGraphView({ story, positions: computeStoryLayout(story), detail: DENSE_DETAIL });
    const graph = createVisibleGraph(story, time('2026-01-10'));
    view.reset(graph.snapshot());
    expect(view.shown().links.sort()).toEqual(['pair:petro|trump', 'pair:petro|us']);
    view.applyDiff(graph.setTime(time('2026-02-03')));
    expect(view.shown().links.sort()).toEqual(['pair:petro|trump', 'pair:petro|us']);
    view.applyDiff(graph.setTime(time('2025-11-01')));
    expect(view.shown()).toEqual({
      actors: expect.arrayContaining(['us', 'petro']),
      links: ['pair:petro|us'],
    });
    view.destroy();
  });
});
