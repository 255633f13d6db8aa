import { describe, expect, it } from 'vitest';
import { makeLink, makeStory } from '../../tests/builders';
import { partialDate } from '../domain/dates';
import { createVisibleGraph } from '../domain/visibleGraph';
import { createGraphView } from './adapter';
import { computeStoryLayout, stretchToAspect } from './layout';
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

describe('createGraphView over time', () => {
  const linger = 30 * 86_400_000;
  const inForce = (d: string) => ({ ...time(d), mode: 'in-force' as const });

  it('fades a lingering one-off link in steps as it ages, touching only what changed', () => {
    const view = createGraphView({ story, positions: computeStoryLayout(story), highlightMs: 0 });
    const graph = createVisibleGraph(story, inForce('2026-01-10'));
    view.reset(graph.snapshot());
    view.ageLinks(t('2026-01-10'), linger);
    expect(view.marks().fadeSteps).toEqual({ call: 0 });
    view.ageLinks(t('2026-02-05'), linger);
    expect(view.marks().fadeSteps).toEqual({ call: 1 });
    view.ageLinks(t('2026-02-20'), linger);
    expect(view.marks().fadeSteps).toEqual({ call: 2 });
    view.ageLinks(t('2026-02-20'), 0);
    expect(view.marks().fadeSteps).toEqual({ call: 0 });
    view.destroy();
  });

  it('gives a link that enters the fade step of the current time', () => {
    const view = createGraphView({ story, positions: computeStoryLayout(story), highlightMs: 0 });
    const graph = createVisibleGraph(story, inForce('2025-11-01'));
    view.reset(graph.snapshot());
    view.ageLinks(t('2026-02-12'), linger);
    view.applyDiff(graph.setTime(inForce('2026-02-12')));
    expect(view.marks().fadeSteps).toEqual({ call: 2, meeting: 1 });
    view.destroy();
  });

  it('highlights what enters, then lets the highlight go', async () => {
    const view = createGraphView({ story, positions: computeStoryLayout(story), highlightMs: 5 });
    const graph = createVisibleGraph(story, inForce('2025-11-01'));
    view.reset(graph.snapshot());
    view.applyDiff(graph.setTime(inForce('2026-01-10')));
    expect(view.marks().entering.sort()).toEqual(['call', 'trump']);
    await new Promise((r) => setTimeout(r, 20));
    expect(view.marks().entering).toEqual([]);
    view.destroy();
  });

  it('fades out what leaves, and brings it back if it returns meanwhile', async () => {
    const view = createGraphView({
      story,
      positions: computeStoryLayout(story),
      highlightMs: 0,
      leaveMs: 30,
    });
    const graph = createVisibleGraph(story, inForce('2026-01-10'));
    view.reset(graph.snapshot());
    view.applyDiff(graph.setTime(inForce('2025-11-01')));
    expect(view.marks().leaving.sort()).toEqual(['call', 'trump']);
    expect(view.shown().links).toEqual(['sanction']);
    view.applyDiff(graph.setTime(inForce('2026-01-10')));
    expect(view.marks().leaving).toEqual([]);
    await new Promise((r) => setTimeout(r, 200));
    expect(view.shown().links.sort()).toEqual(['call', 'sanction']);
    view.applyDiff(graph.setTime(inForce('2025-11-01')));
    await new Promise((r) => setTimeout(r, 200));
    expect(view.marks().leaving).toEqual([]);
    expect(view.shown().links).toEqual(['sanction']);
    view.destroy();
  });
});

describe('stretchToAspect', () => {
  const square = new Map([
    ['a', { x: 0, y: 0 }],
    ['b', { x: 100, y: 100 }],
  ]);

  it('widens a square picture towards a landscape ratio, about its centre', () => {
    const out = stretchToAspect(square, 1.5, 2);
    expect(out.get('a')).toEqual({ x: -25, y: 0 });
    expect(out.get('b')).toEqual({ x: 125, y: 100 });
  });

  it('stretches no more than allowed', () => {
    const out = stretchToAspect(square, 4, 2);
    expect(out.get('b')!.x - out.get('a')!.x).toBe(200);
  });

  it('leaves a single point as it is', () => {
    expect(stretchToAspect(new Map([['a', { x: 3, y: 4 }]]), 1.5, 2).get('a')).toEqual({ x: 3, y: 4 });
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

  it('marks a pair edge by its links: in focus or on the path if any is, faded only if all are', () => {
    const view = createGraphView({ story, positions: computeStoryLayout(story), detail: DENSE_DETAIL });
    view.reset(createVisibleGraph(story, time('2026-02-03')).snapshot());
    const focus = (links: string[], hide = false) => ({
      actors: new Set(['trump', 'petro', 'us']),
      links: new Set(links),
      hide,
    });
    view.setEmphasis({ focus: focus(['meeting']), path: null, faded: null });
    expect(view.classesOf('pair:petro|trump')).toEqual([]);
    expect(view.classesOf('pair:petro|us')).toEqual(['focus-out']);
    view.setEmphasis({ focus: focus([], true), path: null, faded: null });
    expect(view.classesOf('pair:petro|us')).toEqual(['focus-hidden']);
    view.setEmphasis({
      focus: null,
      path: { actors: new Set(['trump', 'petro']), links: new Set(['call']) },
      faded: { actor: () => false, link: (id) => id !== 'sanction' },
    });
    expect(view.classesOf('pair:petro|trump')).toEqual(['faded', 'on-path']);
    expect(view.classesOf('pair:petro|us')).toEqual(['off-path']);
    view.destroy();
  });
});
