/**
 * Drives playback: while the store says it is playing, asks for animation frames and feeds the time
 * between them to `advance`. A side effect kept small and stoppable: `drivePlayback` returns the
 * function that stops it. The frame source is injected so tests can use a fake clock.
 */
import type { AppStore } from './appStore';

export interface FrameSource {
  request(callback: (now: number) => void): number;
  cancel(handle: number): void;
}

export const animationFrames: FrameSource = {
  request: (callback) => requestAnimationFrame(callback),
  cancel: (handle) => cancelAnimationFrame(handle),
};

/** A long gap between frames (a hidden tab, a slow frame) counts as this much, so time never leaps. */
export const MAX_FRAME_MS = 100;

export function drivePlayback(store: AppStore, frames: FrameSource = animationFrames): () => void {
  let handle: number | null = null;
  let last: number | null = null;

  const frame = (now: number) => {
    handle = null;
    if (last !== null) store.getState().advance(Math.min(now - last, MAX_FRAME_MS));
    last = now;
    if (store.getState().playback.playing) handle = frames.request(frame);
  };
  const stop = () => {
    if (handle !== null) frames.cancel(handle);
    handle = null;
    last = null;
  };

  const unsubscribe = store.subscribe(
    (s) => s.playback.playing,
    (playing) => {
      if (playing && handle === null) handle = frames.request(frame);
      if (!playing) stop();
    },
    { fireImmediately: true },
  );
  return () => {
    unsubscribe();
    stop();
  };
}
