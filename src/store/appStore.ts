/**
 * The app's one store, built from slices (story, time, selection, graph here; filters, focus and
 * paths, view in their own files). A factory, so every test and every canvas gets a fresh store. The
 * visible graph lives beside the state (it is the mutable hot path); the state publishes each step's
 * diff with a sequence number the canvas subscribes to.
 */
import { createStore, type Mutate, type StoreApi } from 'zustand/vanilla';
import { subscribeWithSelector } from 'zustand/middleware';
import { EMPTY_DIFF, type GraphDiff, type Snapshot } from '../domain/timeline';
import type { TimeMode, TimeState } from '../domain/timeModes';
import type { Story } from '../domain/types';
import { createVisibleGraph, type VisibleGraph } from '../domain/visibleGraph';
import type { Problem } from '../io/problems';
import { createFiltersSlice, FILTERS_ON_LOAD, type FiltersSlice } from './filtersSlice';
import { createFocusSlice, FOCUS_ON_LOAD, type FocusSlice } from './focusSlice';
import { createLayoutSlice, LAYOUT_ON_LOAD, type LayoutSlice } from './layoutSlice';
import type { SliceContext } from './sliceContext';
import { createTimeSlice, type TimeSlice } from './timeSlice';
import { createViewSlice, resetViewport, type ViewSlice } from './viewSlice';

export type { TimeSlice } from './timeSlice';

export type Selection = { readonly type: 'actor' | 'link'; readonly id: string } | null;

export interface StorySlice {
  story: Story | null;
  /** Problems of the last story that failed to load; the story shown stays as it was. */
  loadProblems: { readonly source: string; readonly problems: readonly Problem[] } | null;
  loadStory(story: Story): void;
  reportLoadProblems(source: string, problems: readonly Problem[]): void;
  dismissLoadProblems(): void;
}

export interface SelectionSlice {
  selection: Selection;
  select(selection: Selection): void;
}

export interface GraphSlice {
  /** The last change to the visible graph; `seq` grows by one per change, `reset` means redraw all. */
  graph: { readonly seq: number; readonly diff: GraphDiff; readonly reset: boolean };
}

export type AppState = StorySlice &
  TimeSlice &
  SelectionSlice &
  GraphSlice &
  FiltersSlice &
  FocusSlice &
  LayoutSlice &
  ViewSlice;

type SelectableStore = Mutate<StoreApi<AppState>, [['zustand/subscribeWithSelector', never]]>;

export interface AppStore extends SelectableStore {
  /** The graph as shown now (a copy). */
  visibleSnapshot(): Snapshot;
  /** What the time alone shows now, before filters (a copy). */
  timeSnapshot(): Snapshot;
  /** How many actors and links are shown now (cheap: for summaries that run on every step). */
  visibleCounts(): { actors: number; links: number };
  /** Whether a link is on the graph now (cheap: for lists that mark what is shown, row by row). */
  isLinkShown(id: string): boolean;
  /** Whether an actor is on the graph now (cheap: no copy of the visible set). */
  isActorShown(id: string): boolean;
}

/** A new story starts unfiltered, unfocused and with no path asked. */
const EXPLORE_ON_LOAD = { ...FILTERS_ON_LOAD, ...FOCUS_ON_LOAD, ...LAYOUT_ON_LOAD };

/** Where a freshly loaded story opens: at its end, so the whole story so far is in view. */
export function initialTime(story: Story, mode: TimeMode = 'in-force'): TimeState {
  const { start, end } = story.extent;
  return { mode, cursor: end - 1, windowStart: start, windowEnd: end };
}

const isEmptyDiff = (d: GraphDiff) =>
  d.enteredLinks.length +
    d.leftLinks.length +
    d.enteredActors.length +
    d.leftActors.length +
    d.changedLinks.length ===
  0;

export function createAppStore(initialStory?: Story): AppStore {
  let visible: VisibleGraph | null = null;

  const store = createStore<AppState>()(
    subscribeWithSelector((set, get) => {
      const publish = (diff: GraphDiff, reset = false) =>
        set((s) => ({ graph: { seq: s.graph.seq + 1, diff, reset } }));

      const moveTime = (time: TimeState) => {
        set({ time });
        if (!visible) return;
        // Playback moves time every frame; most frames change nothing and need not reach the views.
        const diff = visible.setTime(time);
        if (!isEmptyDiff(diff)) publish(diff);
      };

      const story: StorySlice = {
        story: null,
        loadProblems: null,
        loadStory(next) {
          const time = initialTime(next, get().time.mode);
          visible = createVisibleGraph(next, time);
          set((s) => ({
            story: next,
            time,
            selection: null,
            loadProblems: null,
            ...resetViewport(s),
            ...EXPLORE_ON_LOAD,
          }));
          get().pause();
          publish(EMPTY_DIFF, true);
        },
        reportLoadProblems(source, problems) {
          set({ loadProblems: { source, problems } });
        },
        dismissLoadProblems() {
          set({ loadProblems: null });
        },
      };

      const timeSlice = createTimeSlice({ get, set, moveTime });

      const ctx: SliceContext = { set, get, visible: () => visible, publish };

      return {
        ...story,
        ...timeSlice,
        selection: null,
        select: (selection) =>
          set(selection?.type === 'actor' ? { selection, radialCentre: selection.id } : { selection }),
        graph: { seq: 0, diff: EMPTY_DIFF, reset: true },
        ...createViewSlice(set),
        ...createFiltersSlice(ctx),
        ...createFocusSlice(ctx),
        ...createLayoutSlice(ctx),
      };
    }),
  );

  // Focus and paths answer questions about the graph as it stands: re-ask them after every change.
  store.subscribe(
    (s) => s.graph,
    () => store.getState().refreshExplore(),
  );
  if (initialStory) store.getState().loadStory(initialStory);

  return Object.assign(store, {
    visibleSnapshot: (): Snapshot => visible?.snapshot() ?? { links: new Set(), actors: new Set() },
    timeSnapshot: (): Snapshot => visible?.timeSnapshot() ?? { links: new Set(), actors: new Set() },
    visibleCounts: () => visible?.counts() ?? { actors: 0, links: 0 },
    isLinkShown: (id: string) => visible?.hasLink(id) ?? false,
    isActorShown: (id: string) => visible?.hasActor(id) ?? false,
  });
}
