/**
 * The app's one store, built from slices (story, time, selection, graph). A factory, so every test
 * and every canvas gets a fresh store. The visible graph lives beside the state (it is the mutable
 * hot path); the state publishes each step's diff with a sequence number the canvas subscribes to.
 */
import { createStore, type Mutate, type StoreApi } from 'zustand/vanilla';
import { subscribeWithSelector } from 'zustand/middleware';
import { EMPTY_DIFF, type GraphDiff, type Snapshot } from '../domain/timeline';
import { clamp, type TimeMode, type TimeState } from '../domain/timeModes';
import type { Story } from '../domain/types';
import { createVisibleGraph, type VisibleGraph } from '../domain/visibleGraph';
import type { Problem } from '../io/problems';

export type Selection = { readonly type: 'actor' | 'link'; readonly id: string } | null;

export interface StorySlice {
  story: Story | null;
  /** Problems of the last story that failed to load; the story shown stays as it was. */
  loadProblems: { readonly source: string; readonly problems: readonly Problem[] } | null;
  loadStory(story: Story): void;
  reportLoadProblems(source: string, problems: readonly Problem[]): void;
  dismissLoadProblems(): void;
}

export interface TimeSlice {
  time: TimeState;
  setCursor(instant: number): void;
  setMode(mode: TimeMode): void;
  setWindow(start: number, end: number): void;
}

export interface SelectionSlice {
  selection: Selection;
  select(selection: Selection): void;
}

export interface GraphSlice {
  /** The last change to the visible graph; `seq` grows by one per change, `reset` means redraw all. */
  graph: { readonly seq: number; readonly diff: GraphDiff; readonly reset: boolean };
}

export type AppState = StorySlice & TimeSlice & SelectionSlice & GraphSlice;

type SelectableStore = Mutate<StoreApi<AppState>, [['zustand/subscribeWithSelector', never]]>;

export interface AppStore extends SelectableStore {
  /** The graph as shown now (a copy). */
  visibleSnapshot(): Snapshot;
  /** How many actors and links are shown now (cheap: for summaries that run on every step). */
  visibleCounts(): { actors: number; links: number };
}

const EMPTY_TIME: TimeState = { mode: 'in-force', cursor: 0, windowStart: 0, windowEnd: 0 };

/** Where a freshly loaded story opens: at its end, so the whole story so far is in view. */
export function initialTime(story: Story, mode: TimeMode = 'in-force'): TimeState {
  const { start, end } = story.extent;
  return { mode, cursor: end - 1, windowStart: start, windowEnd: end };
}

export function createAppStore(initialStory?: Story): AppStore {
  let visible: VisibleGraph | null = null;

  const store = createStore<AppState>()(
    subscribeWithSelector((set, get) => {
      const publish = (diff: GraphDiff, reset = false) =>
        set((s) => ({ graph: { seq: s.graph.seq + 1, diff, reset } }));

      const moveTime = (time: TimeState) => {
        set({ time });
        if (visible) publish(visible.setTime(time));
      };

      const story: StorySlice = {
        story: null,
        loadProblems: null,
        loadStory(next) {
          const time = initialTime(next, get().time.mode);
          visible = createVisibleGraph(next, time);
          set({ story: next, time, selection: null, loadProblems: null });
          publish(EMPTY_DIFF, true);
        },
        reportLoadProblems(source, problems) {
          set({ loadProblems: { source, problems } });
        },
        dismissLoadProblems() {
          set({ loadProblems: null });
        },
      };

      const timeSlice: TimeSlice = {
        time: EMPTY_TIME,
        setCursor(instant) {
          const { story: s, time } = get();
          if (!s) return;
          moveTime({ ...time, cursor: clamp(instant, s.extent.start, s.extent.end - 1) });
        },
        setMode(mode) {
          moveTime({ ...get().time, mode });
        },
        setWindow(start, end) {
          const { story: s, time } = get();
          if (!s) return;
          const a = clamp(Math.min(start, end), s.extent.start, s.extent.end);
          const b = clamp(Math.max(start, end), s.extent.start, s.extent.end);
          moveTime({ ...time, windowStart: a, windowEnd: b });
        },
      };

      return {
        ...story,
        ...timeSlice,
        selection: null,
        select: (selection) => set({ selection }),
        graph: { seq: 0, diff: EMPTY_DIFF, reset: true },
      };
    }),
  );

  if (initialStory) store.getState().loadStory(initialStory);

  return Object.assign(store, {
    visibleSnapshot: (): Snapshot => visible?.snapshot() ?? { links: new Set(), actors: new Set() },
    visibleCounts: () => visible?.counts() ?? { actors: 0, links: 0 },
  });
}
