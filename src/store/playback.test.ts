import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeLink, makeStory } from '../../tests/builders';
import { DAY_MS, isoDay, partialDate } from '../domain/dates';
import { createAppStore } from './appStore';
import { drivePlayback, type FrameSource } from './playback';

const story = makeStory([
  makeLink('office', { from: 'vance', to: 'us', span: ['2025-01-01', null] }),
  makeLink('visa', { from: 'us', to: 'petro', at: '2025-01-20' }),
  makeLink('end', { from: 'us', to: 'petro', at: '2025-02-28' }),
]);

/** Animation frames every `ms` of fake time. */
const framesEvery = (ms: number): FrameSource => ({
  request: (callback) => setTimeout(() => callback(Date.now()), ms) as unknown as number,
  cancel: (handle) => clearTimeout(handle),
});
const fakeFrames = framesEvery(20);

describe('drivePlayback', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('moves the cursor while playing, at the chosen speed', () => {
    const store = createAppStore(story);
    store.getState().setCursor(partialDate('2025-01-01').start);
    const stop = drivePlayback(store, fakeFrames);
    store.getState().setSpeed(10);
    store.getState().play();
    vi.advanceTimersByTime(1020); // the first frame only starts the clock
    expect(store.getState().time.cursor).toBeCloseTo(partialDate('2025-01-11').start, -3);
    stop();
  });

  it('publishes the graph changes it passes, and nothing in between', () => {
    const store = createAppStore(story);
    store.getState().setCursor(partialDate('2025-01-01').start);
    const seq = store.getState().graph.seq;
    const stop = drivePlayback(store, fakeFrames);
    store.getState().setSpeed(30);
    store.getState().play();
    vi.advanceTimersByTime(1000);
    expect(store.visibleSnapshot().links.has('visa')).toBe(true);
    expect(store.getState().graph.seq).toBe(seq + 1);
    stop();
  });

  it('stops at the end of the story and stops asking for frames', () => {
    const store = createAppStore(story);
    store.getState().setCursor(partialDate('2025-02-20').start);
    const stop = drivePlayback(store, fakeFrames);
    store.getState().setSpeed(30);
    store.getState().play();
    vi.advanceTimersByTime(2000);
    expect(store.getState().playback.playing).toBe(false);
    expect(isoDay(store.getState().time.cursor)).toBe('2025-02-28');
    expect(vi.getTimerCount()).toBe(0);
    stop();
  });

  it('stops when paused, and stopping the driver stops playback from moving time', () => {
    const store = createAppStore(story);
    store.getState().setCursor(partialDate('2025-01-01').start);
    const stop = drivePlayback(store, fakeFrames);
    store.getState().play();
    vi.advanceTimersByTime(200);
    store.getState().pause();
    const paused = store.getState().time.cursor;
    vi.advanceTimersByTime(1000);
    expect(store.getState().time.cursor).toBe(paused);
    store.getState().play();
    stop();
    vi.advanceTimersByTime(1000);
    expect(store.getState().time.cursor).toBe(paused);
  });

  it('never leaps on a long gap between frames', () => {
    const store = createAppStore(story);
    store.getState().setCursor(partialDate('2025-01-01').start);
    const stop = drivePlayback(store, framesEvery(5000));
    store.getState().setSpeed(1);
    store.getState().play();
    const before = store.getState().time.cursor;
    vi.advanceTimersByTime(10_000);
    expect(store.getState().time.cursor - before).toBeCloseTo(0.1 * DAY_MS, -3);
    stop();
  });
});
