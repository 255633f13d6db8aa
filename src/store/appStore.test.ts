import { describe, expect, it } from 'vitest';
import { makeLink, makeStory } from '../../tests/builders';
import { partialDate } from '../domain/dates';
import { createAppStore } from './appStore';

const story = makeStory([
  makeLink('office', { from: 'vance', to: 'us', span: ['2025-01-20', null] }),
  makeLink('visa', { from: 'us', to: 'petro', at: '2025-09-26' }),
]);
const other = makeStory([makeLink('x', { from: 'p', to: 'q', at: '2024' })]);

describe('createAppStore', () => {
  it('publishes one diff per cursor move, with a growing sequence number', () => {
    const store = createAppStore(story);
    const seq = store.getState().graph.seq;
    store.getState().setCursor(partialDate('2025-02-01').start);
    const { graph } = store.getState();
    expect(graph.seq).toBe(seq + 1);
    expect(graph.diff.leftLinks).toEqual(['visa']);
    expect(graph.diff.leftActors).toEqual(['petro']);
  });

  it('clamps the cursor to the story', () => {
    const store = createAppStore(story);
    store.getState().setCursor(0);
    expect(store.getState().time.cursor).toBe(story.extent.start);
  });

  it('keeps the current story when another one fails to load', () => {
    const store = createAppStore(story);
    store.getState().reportLoadProblems('bad.json', [{ where: 'links[0]', message: 'broken' }]);
    expect(store.getState().story).toBe(story);
    expect(store.getState().loadProblems?.problems).toHaveLength(1);
  });

  it('replaces the story, clears the selection and asks for a full redraw on load', () => {
    const store = createAppStore(story);
    store.getState().select({ type: 'link', id: 'visa' });
    store.getState().loadStory(other);
    expect(store.getState().selection).toBeNull();
    expect(store.getState().graph.reset).toBe(true);
    expect(store.visibleSnapshot().links).toEqual(new Set(['x']));
  });

  it('answers whether a link is on the graph, after time moves and under a filter', () => {
    const store = createAppStore(story);
    expect(store.isLinkShown('visa')).toBe(true);
    store.getState().setCursor(partialDate('2025-02-01').start);
    expect(store.isLinkShown('visa')).toBe(false);
    expect(store.isLinkShown('office')).toBe(true);
    store.getState().toggleFilter('linkKind', 'meeting');
    expect(store.isLinkShown('office')).toBe(false);
    expect(store.isLinkShown('nowhere')).toBe(false);
  });

  it('answers whether an actor is on the graph, as time moves', () => {
    const store = createAppStore(story);
    expect(store.isActorShown('petro')).toBe(true);
    store.getState().setCursor(partialDate('2025-02-01').start);
    expect(store.isActorShown('petro')).toBe(false);
    expect(store.isActorShown('vance')).toBe(true);
    expect(store.isActorShown('nobody')).toBe(false);
  });
});
