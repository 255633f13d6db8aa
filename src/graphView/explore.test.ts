import { describe, expect, it } from 'vitest';
import { makeActor, makeLink, makeStory } from '../../tests/builders';
import { partialDate } from '../domain/dates';
import { createVisibleGraph } from '../domain/visibleGraph';
import { NO_FILTERS } from '../domain/filters';
import { neighbourhood } from '../domain/paths';
import { createGraphView, NO_EMPHASIS } from './adapter';
import { emphasisOf } from './connect';
import { computeStoryLayout } from './layout';
import { BOX_PREFIX, computeRadialLayout, countryGroups } from './layouts';

const story = makeStory(
  [
    makeLink('office', { from: 'petro', to: 'colombia', span: ['2022', null] }),
    makeLink('sanction', { from: 'treasury', to: 'petro', span: ['2025-10-24', null] }),
    makeLink('call', { from: 'trump', to: 'petro', at: '2026-01' }),
    makeLink('cooperation', { from: 'us', to: 'colombia', span: ['2026-02-03', null] }),
  ],
  [
    makeActor('petro', { countryId: 'colombia' }),
    makeActor('trump', { countryId: 'us' }),
    makeActor('treasury', { kind: 'government', countryId: 'us' }),
    makeActor('colombia', { kind: 'country', name: 'Colombia' }),
    makeActor('us', { kind: 'country', name: 'United States' }),
  ],
);
const time = { mode: 'up-to' as const, cursor: partialDate('2026-12').start, windowStart: 0, windowEnd: 0 };

function viewWithAll() {
  const positions = computeStoryLayout(story);
  const view = createGraphView({ story, positions, highlightMs: 0 });
  const graph = createVisibleGraph(story, time);
  view.reset(graph.snapshot());
  return { view, graph, positions };
}

describe('countryGroups', () => {
  it('puts each actor in its country box, and each country in its own', () => {
    expect(countryGroups(story)).toEqual(
      new Map([
        ['petro', BOX_PREFIX + 'colombia'],
        ['trump', BOX_PREFIX + 'us'],
        ['treasury', BOX_PREFIX + 'us'],
        ['colombia', BOX_PREFIX + 'colombia'],
        ['us', BOX_PREFIX + 'us'],
      ]),
    );
  });
});

describe('computeRadialLayout', () => {
  it('puts the centre in the middle and actors on rings by hop distance', () => {
    const p = computeRadialLayout(story, ['office', 'sanction', 'call'], 'trump');
    const r = (id: string) => Math.hypot(p.get(id)!.x, p.get(id)!.y);
    expect(r('trump')).toBe(0);
    expect(r('petro')).toBeGreaterThan(0);
    expect(r('colombia')).toBeGreaterThan(r('petro') + 1);
    expect(Math.abs(r('colombia') - r('treasury'))).toBeLessThan(1);
    // `us` is not shown now: it waits beyond the rings.
    expect(r('us')).toBeGreaterThan(r('colombia'));
    expect(computeRadialLayout(story, ['office', 'sanction', 'call'], 'trump')).toEqual(p);
  });
});

describe('the graph view, exploring', () => {
  it('groups actors into country boxes and back, keeping what is shown', () => {
    const { view, positions } = viewWithAll();
    const groups = countryGroups(story);
    view.setLayout({ positions: computeStoryLayout(story, groups), groups, boxLabel: (b) => b });
    expect(view.shown().actors.sort()).toEqual(['colombia', 'petro', 'treasury', 'trump', 'us']);
    expect(view.shown().links).toHaveLength(4);
    expect(view.boxes()).toEqual({
      [BOX_PREFIX + 'colombia']: ['colombia', 'petro'],
      [BOX_PREFIX + 'us']: ['treasury', 'trump', 'us'],
    });
    view.setLayout({ positions, groups: null });
    expect(view.boxes()).toEqual({});
    expect(view.shown().links).toHaveLength(4);
    view.destroy();
  });

  it('drops a country box when its last member leaves', () => {
    const { view, graph } = viewWithAll();
    const groups = countryGroups(story);
    view.setLayout({ positions: computeStoryLayout(story, groups), groups });
    view.applyDiff(graph.setFilter((l) => l.id === 'office'));
    expect(Object.keys(view.boxes())).toEqual([BOX_PREFIX + 'colombia']);
    view.destroy();
  });

  it('marks a focused neighbourhood, a path and faded things with classes', () => {
    const { view } = viewWithAll();
    view.setEmphasis({
      focus: { actors: new Set(['petro', 'trump']), links: new Set(['call']), hide: true },
      path: { actors: new Set(['petro', 'trump']), links: new Set(['call']) },
      faded: { actor: (id) => id === 'trump', link: () => false },
    });
    expect(view.classesOf('us')).toContain('focus-hidden');
    expect(view.classesOf('sanction')).toEqual(expect.arrayContaining(['focus-hidden', 'off-path']));
    expect(view.classesOf('call')).toEqual(['on-path']);
    expect(view.classesOf('trump')).toEqual(expect.arrayContaining(['faded', 'on-path']));
    view.setEmphasis({ focus: null, path: null, faded: null });
    expect(view.classesOf('us')).toEqual([]);
    view.destroy();
  });

  it('centres on a shown actor and says when it cannot', () => {
    const { view, graph } = viewWithAll();
    expect(view.centreOn('petro')).toBe(true);
    view.applyDiff(graph.setFilter((l) => l.id === 'office'));
    expect(view.centreOn('trump')).toBe(false);
    view.destroy();
  });
});

describe('emphasisOf', () => {
  const base = {
    focus: null,
    focusSet: null,
    pathResult: null,
    filters: NO_FILTERS,
    filterMode: 'hide' as const,
  };

  it('asks for nothing when nothing is focused, found or faded', () => {
    expect(emphasisOf(story, base)).toBe(NO_EMPHASIS);
  });

  it('leaves the picture alone when the focused actor is not on the graph', () => {
    const focus = { actorId: 'us', steps: 1, hide: true };
    const e = emphasisOf(story, { ...base, focus, focusSet: neighbourhood(story, ['call'], 'us', 1) });
    expect(e.focus).toBeNull();
  });

  it('fades what fails the filter, and the links of faded actors', () => {
    const filters = { ...NO_FILTERS, actorKind: ['government' as const] };
    const e = emphasisOf(story, { ...base, filters, filterMode: 'fade' });
    expect(e.faded?.actor('treasury')).toBe(true);
    expect(e.faded?.link('sanction')).toBe(true);
    expect(e.faded?.link('call')).toBe(false);
  });
});
