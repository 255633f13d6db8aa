import { describe, expect, it } from 'vitest';
import { DAY_MS, partialDate } from './dates';
import { advancePlayback, playbackStart, type PlaySettings } from './playback';
import type { TimeState } from './timeModes';

const t = (d: string) => partialDate(d).start;
const extent = { start: t('2025-01-01'), end: t('2025-02-01') };
const settings: PlaySettings = { speed: 7, loop: false, windowPlay: 'slide' };
const cursorAt = (cursor: number, mode: TimeState['mode'] = 'in-force'): TimeState => ({
  mode,
  cursor,
  windowStart: t('2025-01-01'),
  windowEnd: t('2025-01-08'),
});

describe('advancePlayback', () => {
  it('moves the cursor by speed × elapsed time', () => {
    const step = advancePlayback(cursorAt(t('2025-01-02')), extent, 500, settings);
    expect(step.time.cursor).toBe(t('2025-01-02') + 3.5 * DAY_MS);
    expect(step.ended).toBe(false);
  });

  it('stops on the last instant of the story without looping', () => {
    const step = advancePlayback(cursorAt(t('2025-01-30')), extent, 1000, settings);
    expect(step.time.cursor).toBe(extent.end - 1);
    expect(step.ended).toBe(true);
  });

  it('shows the end once, then starts over when looping', () => {
    const loop = { ...settings, loop: true };
    const end = advancePlayback(cursorAt(t('2025-01-30')), extent, 1000, loop);
    expect(end).toEqual({ time: cursorAt(extent.end - 1), ended: false });
    const again = advancePlayback(end.time, extent, 16, loop);
    expect(again.time.cursor).toBe(t('2025-01-02') - 1);
  });

  it('slides a window without changing its width', () => {
    const step = advancePlayback(cursorAt(0, 'window'), extent, 1000, settings);
    expect(step.time.windowStart).toBe(t('2025-01-08'));
    expect(step.time.windowEnd).toBe(t('2025-01-15'));
  });

  it('grows a window from its fixed start', () => {
    const step = advancePlayback(cursorAt(0, 'window'), extent, 1000, { ...settings, windowPlay: 'grow' });
    expect(step.time.windowStart).toBe(t('2025-01-01'));
    expect(step.time.windowEnd).toBe(t('2025-01-15'));
  });

  it('stops a sliding window at the end of the story, same width', () => {
    const w = { ...cursorAt(0, 'window'), windowStart: t('2025-01-20'), windowEnd: t('2025-01-27') };
    const step = advancePlayback(w, extent, 2000, settings);
    expect(step.ended).toBe(true);
    expect(step.time.windowEnd).toBe(extent.end);
    expect(step.time.windowEnd - step.time.windowStart).toBe(7 * DAY_MS);
  });

  it('never moves backwards on a negative elapsed time', () => {
    const step = advancePlayback(cursorAt(t('2025-01-02')), extent, -50, settings);
    expect(step.time.cursor).toBe(t('2025-01-02'));
  });
});

describe('playbackStart', () => {
  it('starts over from the first day when pressed at the end', () => {
    expect(playbackStart(cursorAt(extent.end - 1), extent, settings).cursor).toBe(t('2025-01-02') - 1);
  });

  it('plays on from where the cursor is otherwise', () => {
    const time = cursorAt(t('2025-01-10'));
    expect(playbackStart(time, extent, settings)).toBe(time);
  });

  it('starts a full grown window over from a one-day window', () => {
    const w = { ...cursorAt(0, 'window'), windowEnd: extent.end };
    const start = playbackStart(w, extent, { ...settings, windowPlay: 'grow' });
    expect(start.windowEnd).toBe(t('2025-01-02') - 1);
  });
});
