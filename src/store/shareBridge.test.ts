import { describe, expect, it } from 'vitest';
import { makeLink, makeStory } from '../../tests/builders';
import { createAppStore, initialTime } from './appStore';
import { applyShareState, captureShareState } from './shareBridge';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const story = makeStory([
  makeLink('call', { from: 'trump', to: 'petro', at: '2025-03-01' }),
  makeLink('meeting', { from: 'trump', to: 'petro', at: '2026-02-03' }),
]);

describe('capturing and applying the view', () => {
  it('captures nothing when no story is open', () => {
    expect(captureShareState(createAppStore().getState())).toBeNull();
  });

  it('captures a fresh story as its default time, with no selection or viewport', () => {
    const store = createAppStore(story);
    expect(captureShareState(store.getState())).toEqual({ v: 1, story: 'test', time: initialTime(story) });
  });

  it('gives another store the same view', () => {
    const a = createAppStore(story);
    a.getState().setMode('window');
    a.getState().setWindow(day('2025-02-01'), day('2025-04-01'));
    a.getState().setCursor(day('2025-03-01'));
    a.getState().select({ type: 'actor', id: 'petro' });
    a.getState().reportViewport({ x: 5, y: 6, w: 700, h: 400 });
    a.getState().setSpeed(30);
    a.getState().setLoop(true);
    a.getState().setWindowPlay('grow');
    const shared = captureShareState(a.getState())!;
    expect(shared.playback).toEqual({ speed: 30, loop: true, windowPlay: 'grow' });

    const b = createAppStore(story);
    expect(applyShareState(b, shared)).toEqual({ applied: true, notes: [] });
    expect(captureShareState(b.getState())).toEqual(shared);
    expect(b.visibleSnapshot()).toEqual(a.visibleSnapshot());
    expect(b.getState().viewportRequest.viewport).toEqual({ x: 5, y: 6, w: 700, h: 400 });
    expect(b.getState().playback).toMatchObject({
      playing: false,
      speed: 30,
      loop: true,
      windowPlay: 'grow',
    });
  });

  it('carries filters, focus, a path and the layout to another store', () => {
    const a = createAppStore(story);
    a.getState().toggleFilter('tone', 'hostile');
    a.getState().setFilterMode('fade');
    a.getState().setFocus({ actorId: 'petro', steps: 2, hide: true });
    a.getState().findPath({ from: 'trump', to: 'petro', forwardInTime: true, directed: false });
    a.getState().select({ type: 'actor', id: 'trump' });
    a.getState().setLayout('radial');
    const shared = captureShareState(a.getState())!;
    expect(shared).toMatchObject({
      filters: { tone: ['hostile'], mode: 'fade' },
      focus: { actorId: 'petro', steps: 2, hide: true },
      path: { from: 'trump', to: 'petro', forwardInTime: true },
      layout: { name: 'radial', centre: 'trump' },
    });

    const b = createAppStore(story);
    applyShareState(b, shared);
    expect(captureShareState(b.getState())).toEqual(shared);
    expect(b.getState().pathResult?.type).toBe(a.getState().pathResult?.type);
  });

  it('drops a focus or path on actors the story does not have, with notes', () => {
    const store = createAppStore(story);
    const result = applyShareState(store, {
      v: 1,
      story: 'test',
      focus: { actorId: 'ghost', steps: 1, hide: false },
      path: { from: 'trump', to: 'ghost', forwardInTime: false, directed: false },
    });
    expect(result).toEqual({
      applied: true,
      notes: [expect.stringContaining('ghost'), expect.stringContaining('path')],
    });
    expect(store.getState().focus).toBeNull();
    expect(store.getState().pathQuery).toBeNull();
  });

  it('puts back the defaults a link does not mention', () => {
    const store = createAppStore(story);
    store.getState().select({ type: 'link', id: 'call' });
    store.getState().setMode('up-to');
    store.getState().reportViewport({ x: 0, y: 0, w: 10, h: 10 });
    applyShareState(store, { v: 1, story: 'test' });
    expect(captureShareState(store.getState())).toEqual({ v: 1, story: 'test', time: initialTime(story) });
    expect(store.getState().viewportRequest.viewport).toBeNull();
  });

  it('applies nothing from a view of another story', () => {
    const store = createAppStore(story);
    const result = applyShareState(store, {
      v: 1,
      story: 'other',
      selection: { type: 'actor', id: 'petro' },
    });
    expect(result).toEqual({ applied: false, reason: 'other-story' });
    expect(store.getState().selection).toBeNull();
  });

  it('clamps and drops what does not fit, with notes', () => {
    const store = createAppStore(story);
    const result = applyShareState(store, {
      v: 1,
      story: 'test',
      time: { mode: 'in-force', cursor: day('2040-01-01'), windowStart: 0, windowEnd: 0 },
      selection: { type: 'actor', id: 'maduro' },
    });
    expect(result.applied && result.notes).toHaveLength(2);
    expect(store.getState().time.cursor).toBe(story.extent.end - 1);
    expect(store.getState().selection).toBeNull();
  });

  it('forgets the viewport when another story is loaded', () => {
    const store = createAppStore(story);
    store.getState().requestViewport({ x: 1, y: 1, w: 1, h: 1 });
    store.getState().loadStory(story);
    expect(store.getState().viewport).toBeNull();
    expect(store.getState().viewportRequest.viewport).toBeNull();
  });
});
