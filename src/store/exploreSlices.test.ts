import { describe, expect, it } from 'vitest';
import { makeActor, makeLink, makeStory } from '../../tests/builders';
import { partialDate } from '../domain/dates';
import { createAppStore } from './appStore';

const story = makeStory(
  [
    makeLink('office', { from: 'roa', to: 'ecopetrol', span: ['2025-01', null], kind: 'office-held' }),
    makeLink('member', { from: 'roa', to: 'delegation', span: ['2026-02-02', null], kind: 'member-of' }),
    makeLink('pamphlet', { from: 'delegation', to: 'trump', at: '2026-02-03', kind: 'statement', tone: 3 }),
    makeLink('sanction', {
      from: 'treasury',
      to: 'petro',
      span: ['2025-10', null],
      kind: 'sanction',
      tone: -8,
    }),
  ],
  [
    makeActor('roa'),
    makeActor('ecopetrol', { kind: 'company' }),
    makeActor('delegation', { kind: 'group' }),
    makeActor('trump'),
    makeActor('treasury', { kind: 'government' }),
    makeActor('petro'),
  ],
);

describe('the filters slice', () => {
  it('removes what a filter hides from the visible graph and brings it back on clear', () => {
    const store = createAppStore(story);
    store.getState().toggleFilter('actorKind', 'company');
    expect(store.getState().graph.diff.leftActors).toEqual(['ecopetrol']);
    expect(store.visibleSnapshot().links.has('office')).toBe(false);
    expect(store.timeSnapshot().links.has('office')).toBe(true);
    store.getState().toggleFilter('tone', 'hostile');
    expect(store.visibleSnapshot().actors.has('treasury')).toBe(false);
    store.getState().clearFilters();
    expect(store.visibleSnapshot().links.size).toBe(4);
  });

  it('leaves the graph whole when the reader asks to fade instead of hide', () => {
    const store = createAppStore(story);
    store.getState().toggleFilter('linkKind', 'sanction');
    expect(store.visibleSnapshot().links.has('sanction')).toBe(false);
    store.getState().setFilterMode('fade');
    expect(store.visibleSnapshot().links.has('sanction')).toBe(true);
    expect(store.getState().filters.linkKind).toEqual(['sanction']);
  });

  it('starts a newly loaded story unfiltered', () => {
    const store = createAppStore(story);
    store.getState().toggleFilter('linkKind', 'sanction');
    store.getState().loadStory(story);
    expect(store.getState().filters.linkKind).toEqual([]);
    expect(store.visibleSnapshot().links.has('sanction')).toBe(true);
  });
});

describe('the focus slice', () => {
  it('answers a path question for the current time and again when time moves', () => {
    const store = createAppStore(story);
    store.getState().findPath({ from: 'roa', to: 'trump', forwardInTime: true, directed: false });
    const found = store.getState().pathResult;
    expect(found?.type === 'found' && found.routes[0]?.actors).toEqual(['roa', 'delegation', 'trump']);
    store.getState().setCursor(partialDate('2025-12-01').start);
    expect(store.getState().pathResult).toEqual({ type: 'not-shown', missing: ['trump'] });
  });

  it('keeps the focused neighbourhood up to date as filters change', () => {
    const store = createAppStore(story);
    store.getState().setFocus({ actorId: 'roa', steps: 1, hide: false });
    expect([...store.getState().focusSet!.actors.keys()].sort()).toEqual(['delegation', 'ecopetrol', 'roa']);
    store.getState().toggleFilter('linkKind', 'member-of');
    expect([...store.getState().focusSet!.actors.keys()].sort()).toEqual(['ecopetrol', 'roa']);
  });
});

describe('the view slice', () => {
  it('selects a revealed actor and counts each request', () => {
    const store = createAppStore(story);
    store.getState().revealActor('petro');
    store.getState().revealActor('petro');
    expect(store.getState().selection).toEqual({ type: 'actor', id: 'petro' });
    expect(store.getState().reveal).toEqual({ seq: 2, actorId: 'petro' });
  });

  it('centres the radial layout on the last actor selected', () => {
    const store = createAppStore(story);
    store.getState().select({ type: 'actor', id: 'trump' });
    store.getState().setLayout('radial');
    store.getState().select(null);
    expect(store.getState().radialCentre).toBe('trump');
  });
});
