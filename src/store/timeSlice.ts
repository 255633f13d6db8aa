/**
 * The time slice: where the graph is in time (cursor, window, mode) and playback (playing, speed,
 * loop, how a window plays). Every move goes through `moveTime`, which applies only the diff. Manual
 * moves (setting the cursor or window, stepping, jumping, showing a link) pause playback; switching
 * the mode does not. Frames come from the playback driver (`playback.ts`) through `advance`.
 */
import { DAY_MS } from '../domain/dates';
import { endOfDay } from '../domain/timeGrid';
import { advancePlayback, playbackStart, type WindowPlay } from '../domain/playback';
import { clamp, type TimeMode, type TimeState } from '../domain/timeModes';
import { changeDays, placeWindow, stepToChange, timeToShow } from '../domain/timeSteps';
import type { Story } from '../domain/types';
import type { AppState } from './appStore';

export interface PlaybackState {
  readonly playing: boolean;
  /** Story days per second. */
  readonly speed: number;
  readonly loop: boolean;
  readonly windowPlay: WindowPlay;
}

export interface TimeSlice {
  time: TimeState;
  playback: PlaybackState;
  setCursor(instant: number): void;
  setMode(mode: TimeMode): void;
  setWindow(start: number, end: number): void;
  play(): void;
  pause(): void;
  togglePlay(): void;
  setSpeed(daysPerSecond: number): void;
  setLoop(loop: boolean): void;
  setWindowPlay(windowPlay: WindowPlay): void;
  /** Steps to the previous (−1) or next (1) day on which the graph changes. */
  stepChange(dir: 1 | -1): void;
  /** Jumps to the start or the end of the story (a window keeps its width). */
  jumpTo(edge: 'start' | 'end'): void;
  /** One playback frame, `elapsedMs` after the previous one. */
  advance(elapsedMs: number): void;
  /** Moves time to where a link shows and selects it. */
  showLink(id: string): void;
}

/** The window a first switch to window mode opens on: the 30 days up to the cursor. */
export const DEFAULT_WINDOW_MS = 30 * DAY_MS;

export const EMPTY_TIME: TimeState = { mode: 'in-force', cursor: 0, windowStart: 0, windowEnd: 0 };
export const INITIAL_PLAYBACK: PlaybackState = { playing: false, speed: 7, loop: false, windowPlay: 'slide' };

interface Deps {
  get(): AppState;
  set(partial: Partial<AppState>): void;
  moveTime(time: TimeState): void;
}

// Change days are computed once per story and mode, on the first step.
const changeDaysCache = new WeakMap<Story, Map<TimeMode, Float64Array>>();
function cachedChangeDays(story: Story, mode: TimeMode): Float64Array {
  let byMode = changeDaysCache.get(story);
  if (!byMode) changeDaysCache.set(story, (byMode = new Map()));
  let days = byMode.get(mode);
  if (!days) byMode.set(mode, (days = changeDays(story, mode)));
  return days;
}

export function createTimeSlice({ get, set, moveTime }: Deps): TimeSlice {
  const setPlayback = (patch: Partial<PlaybackState>) => set({ playback: { ...get().playback, ...patch } });
  const pause = () => {
    if (get().playback.playing) setPlayback({ playing: false });
  };
  // A manual move: pause, then go there.
  const moveByHand = (time: TimeState) => {
    pause();
    moveTime(time);
  };

  return {
    time: EMPTY_TIME,
    playback: INITIAL_PLAYBACK,
    setCursor(instant) {
      const { story: s, time } = get();
      if (!s) return;
      moveByHand({ ...time, cursor: clamp(instant, s.extent.start, s.extent.end - 1) });
    },
    setMode(mode) {
      const { story: s, time } = get();
      // A window over the whole story shows nothing new: open on the month up to the cursor instead.
      if (s && mode === 'window' && time.windowStart <= s.extent.start && time.windowEnd >= s.extent.end) {
        const end = endOfDay(time.cursor);
        const w = placeWindow(end - DEFAULT_WINDOW_MS + 1, DEFAULT_WINDOW_MS, s.extent);
        moveTime({ ...time, mode, windowStart: w.start, windowEnd: w.end - 1 });
        return;
      }
      moveTime({ ...time, mode });
    },
    setWindow(start, end) {
      const { story: s, time } = get();
      if (!s) return;
      const a = clamp(Math.min(start, end), s.extent.start, s.extent.end);
      const b = clamp(Math.max(start, end), s.extent.start, s.extent.end);
      moveByHand({ ...time, windowStart: a, windowEnd: b });
    },
    play() {
      const { story: s, time, playback } = get();
      if (!s || playback.playing) return;
      setPlayback({ playing: true });
      const start = playbackStart(time, s.extent, playback);
      if (start !== time) moveTime(start);
    },
    pause,
    togglePlay() {
      if (get().playback.playing) pause();
      else get().play();
    },
    setSpeed(speed) {
      if (Number.isFinite(speed) && speed > 0) setPlayback({ speed });
    },
    setLoop(loop) {
      setPlayback({ loop });
    },
    setWindowPlay(windowPlay) {
      setPlayback({ windowPlay });
    },
    stepChange(dir) {
      const { story: s, time } = get();
      if (!s) return;
      const next = stepToChange(s, time, dir, cachedChangeDays(s, time.mode));
      if (next) moveByHand(next);
      else pause();
    },
    jumpTo(edge) {
      const { story: s, time } = get();
      if (!s) return;
      const { start, end } = s.extent;
      if (time.mode === 'window') {
        const width = time.windowEnd - time.windowStart;
        const w = placeWindow(edge === 'start' ? start : end - width, width, s.extent);
        moveByHand({ ...time, windowStart: w.start, windowEnd: w.end });
      } else {
        moveByHand({ ...time, cursor: edge === 'start' ? clamp(endOfDay(start), start, end - 1) : end - 1 });
      }
    },
    advance(elapsedMs) {
      const { story: s, time, playback } = get();
      if (!s || !playback.playing) return;
      const step = advancePlayback(time, s.extent, elapsedMs, playback);
      if (step.time !== time) moveTime(step.time);
      if (step.ended) setPlayback({ playing: false });
    },
    showLink(id) {
      const { story: s, time } = get();
      const link = s?.linkById.get(id);
      if (!s || !link) return;
      moveByHand(timeToShow(link, time, s.extent));
      get().select({ type: 'link', id });
    },
  };
}
