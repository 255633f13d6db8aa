import { describe, expect, it } from 'vitest';
import { makeLink, makeStory } from '../../tests/builders';
import { isoDay, partialDate } from '../domain/dates';
import { createAppStore } from './appStore';

const t = (d: string) => partialDate(d).start;
const story = makeStory([
  makeLink('office', { from: 'vance', to: 'us', span: ['2025-01-20', null] }),
  makeLink('decert', { from: 'us', to: 'colombia', at: '2025-09' }),
  makeLink('visa', { from: 'us', to: 'petro', at: '2025-09-26' }),
  makeLink('meeting', { from: 'trump', to: 'petro', at: '2026-02-03', directed: false }),
]);

describe('the time slice', () => {
  it('steps to the next event, skipping empty months, and only the diff is published', () => {
    const store = createAppStore(story);
    store.getState().setCursor(t('2025-02-01'));
    const seq = store.getState().graph.seq;
    store.getState().stepChange(1);
    expect(isoDay(store.getState().time.cursor)).toBe('2025-09-01');
    expect(store.getState().graph.seq).toBe(seq + 1);
    expect(store.getState().graph.diff.enteredLinks).toEqual(['decert']);
    store.getState().stepChange(-1);
    expect(isoDay(store.getState().time.cursor)).toBe('2025-01-20');
  });

  it('jumps to the start and the end', () => {
    const store = createAppStore(story);
    store.getState().jumpTo('start');
    expect(isoDay(store.getState().time.cursor)).toBe('2025-01-20');
    store.getState().jumpTo('end');
    expect(store.getState().time.cursor).toBe(story.extent.end - 1);
  });

  it('moves a window to the start keeping its width', () => {
    const store = createAppStore(story);
    store.getState().setMode('window');
    store.getState().setWindow(t('2025-09-01'), t('2025-10-01'));
    store.getState().jumpTo('start');
    const { windowStart, windowEnd } = store.getState().time;
    expect([isoDay(windowStart), isoDay(windowEnd)]).toEqual(['2025-01-20', '2025-02-19']);
  });

  it('starts playing over from the start when pressed at the end', () => {
    const store = createAppStore(story);
    store.getState().play();
    expect(store.getState().playback.playing).toBe(true);
    expect(isoDay(store.getState().time.cursor)).toBe('2025-01-20');
  });

  it('pauses on a move by hand, but not on a change of mode', () => {
    const store = createAppStore(story);
    store.getState().setCursor(t('2025-03-01'));
    store.getState().play();
    store.getState().setMode('up-to');
    expect(store.getState().playback.playing).toBe(true);
    store.getState().setCursor(t('2025-05-01'));
    expect(store.getState().playback.playing).toBe(false);
  });

  it('shows a chosen link: time moves to it and it is selected', () => {
    const store = createAppStore(story);
    store.getState().setCursor(t('2025-03-01'));
    store.getState().showLink('visa');
    expect(isoDay(store.getState().time.cursor)).toBe('2025-09-26');
    expect(store.visibleSnapshot().links.has('visa')).toBe(true);
    expect(store.getState().selection).toEqual({ type: 'link', id: 'visa' });
  });

  it('ignores a speed that is not a positive number', () => {
    const store = createAppStore(story);
    store.getState().setSpeed(-3);
    store.getState().setSpeed(Number.NaN);
    expect(store.getState().playback.speed).toBe(7);
  });

  it('pauses when another story is loaded', () => {
    const store = createAppStore(story);
    store.getState().setCursor(t('2025-03-01'));
    store.getState().play();
    store.getState().loadStory(makeStory([makeLink('x', { at: '2024' })]));
    expect(store.getState().playback.playing).toBe(false);
  });

  it('opens window mode on the 30 days up to the cursor rather than on the whole story', () => {
    const store = createAppStore(story);
    store.getState().setCursor(t('2025-09-26'));
    store.getState().setMode('window');
    const { windowStart, windowEnd } = store.getState().time;
    expect([isoDay(windowStart), isoDay(windowEnd)]).toEqual(['2025-08-28', '2025-09-26']);
    expect(store.visibleSnapshot().links).toEqual(new Set(['office', 'decert', 'visa']));
    store.getState().setWindow(t('2025-01-01'), t('2025-02-01'));
    store.getState().setMode('up-to');
    store.getState().setMode('window');
    expect(isoDay(store.getState().time.windowEnd)).toBe('2025-02-01');
  });
});
