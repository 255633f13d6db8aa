/**
 * The playback clock as a pure function: given the time now, the milliseconds since the last frame and
 * the settings, the next time, and whether playback has reached the end. Whatever drives the frames
 * (requestAnimationFrame in the app, a fake clock in tests) stays outside.
 */
import { DAY_MS } from './dates';
import { endOfDay } from './timeGrid';
import type { Extent } from './timeSteps';
import type { TimeState } from './timeModes';

/** While playing in window mode, the window either slides (same width) or grows (its start stays). */
export type WindowPlay = 'slide' | 'grow';

export interface PlaySettings {
  /** Story days per second of playback. */
  readonly speed: number;
  readonly loop: boolean;
  readonly windowPlay: WindowPlay;
}

export interface PlayStep {
  readonly time: TimeState;
  /** True once the end is reached without looping: playback should stop. */
  readonly ended: boolean;
}

export const SPEEDS: readonly { readonly daysPerSecond: number; readonly label: string }[] = [
  { daysPerSecond: 1, label: '1 day/s' },
  { daysPerSecond: 7, label: '1 week/s' },
  { daysPerSecond: 30, label: '1 month/s' },
  { daysPerSecond: 91, label: '3 months/s' },
];

const lastInstant = (extent: Extent) => extent.end - 1;

/** Whether playing from this time would end at once: then pressing play starts over. */
export function atPlaybackEnd(time: TimeState, extent: Extent): boolean {
  return time.mode === 'window' ? time.windowEnd >= extent.end : time.cursor >= lastInstant(extent);
}

/** The time playback starts from: where it is, or back at the start when already at the end. */
export function playbackStart(time: TimeState, extent: Extent, settings: PlaySettings): TimeState {
  return atPlaybackEnd(time, extent) ? rewind(time, extent, settings) : time;
}

function rewind(time: TimeState, extent: Extent, settings: PlaySettings): TimeState {
  if (time.mode !== 'window') return { ...time, cursor: endOfDay(extent.start) };
  if (settings.windowPlay === 'grow') {
    return { ...time, windowEnd: Math.min(extent.end, endOfDay(time.windowStart)) };
  }
  const width = Math.min(time.windowEnd - time.windowStart, extent.end - extent.start);
  return { ...time, windowStart: extent.start, windowEnd: extent.start + width };
}

export function advancePlayback(
  time: TimeState,
  extent: Extent,
  elapsedMs: number,
  settings: PlaySettings,
): PlayStep {
  // One frame at the end is always shown before looping, so the final state is seen.
  if (atPlaybackEnd(time, extent)) {
    return settings.loop ? { time: rewind(time, extent, settings), ended: false } : { time, ended: true };
  }
  const delta = Math.max(0, elapsedMs) * (settings.speed / 1000) * DAY_MS;
  if (time.mode !== 'window') {
    const cursor = Math.min(time.cursor + delta, lastInstant(extent));
    return { time: { ...time, cursor }, ended: !settings.loop && cursor >= lastInstant(extent) };
  }
  const windowEnd = Math.min(time.windowEnd + delta, extent.end);
  const windowStart =
    settings.windowPlay === 'slide' ? windowEnd - (time.windowEnd - time.windowStart) : time.windowStart;
  return {
    time: { ...time, windowStart, windowEnd },
    ended: !settings.loop && windowEnd >= extent.end,
  };
}
