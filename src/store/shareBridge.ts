/**
 * Between the store and the share state. For every field of SHARE_FIELDS (share/shareState.ts)
 * there is one entry here: `capture` reads it from the store, `apply` writes it back, and `apply`
 * with undefined restores the default (a link that does not mention a field shows its default).
 * The type makes the table complete: a new share field does not compile until it has an entry.
 */
import { initialTime, type AppState, type AppStore } from './appStore';
import { INITIAL_PLAYBACK } from './timeSlice';
import { FACETS, isFiltering } from '../domain/filters';
import {
  fitShareState,
  SHARE_FIELD_NAMES,
  SHARE_STATE_VERSION,
  type ShareFieldName,
  type ShareFieldValue,
  type ShareNote,
  type ShareState,
} from '../share/shareState';

type Bridge = {
  readonly [K in ShareFieldName]: {
    capture(state: AppState): ShareFieldValue<K> | undefined;
    apply(store: AppStore, value: ShareFieldValue<K> | undefined): void;
  };
};

/** In the order they are applied: time first, so the selection and viewport meet the right graph. */
const BRIDGE: Bridge = {
  // ── Foundation ─────────────────────────────────────────────────────────────────────────────────
  time: {
    capture: ({ time }) => ({
      mode: time.mode,
      cursor: Math.round(time.cursor),
      windowStart: Math.round(time.windowStart),
      windowEnd: Math.round(time.windowEnd),
    }),
    apply(store, t) {
      const s = store.getState();
      if (!s.story) return;
      const next = t ?? initialTime(s.story);
      s.setMode(next.mode);
      s.setWindow(next.windowStart, next.windowEnd);
      s.setCursor(next.cursor);
    },
  },
  selection: {
    capture: ({ selection }) => (selection ? { type: selection.type, id: selection.id } : undefined),
    apply: (store, selection) => store.getState().select(selection ?? null),
  },
  viewport: {
    capture: ({ viewport }) => viewport ?? undefined,
    apply: (store, viewport) => store.getState().requestViewport(viewport ?? null),
  },
  // ── Time bar ───────────────────────────────────────────────────────────────────────────────────
  playback: {
    capture: ({ playback }) =>
      playback.speed === INITIAL_PLAYBACK.speed &&
      playback.loop === INITIAL_PLAYBACK.loop &&
      playback.windowPlay === INITIAL_PLAYBACK.windowPlay
        ? undefined
        : { speed: playback.speed, loop: playback.loop, windowPlay: playback.windowPlay },
    apply(store, p) {
      // A shared view opens paused: playing is the reader's choice.
      const s = store.getState();
      const next = p ?? INITIAL_PLAYBACK;
      s.setSpeed(next.speed);
      s.setLoop(next.loop);
      s.setWindowPlay(next.windowPlay);
    },
  },
  // ── Explore ────────────────────────────────────────────────────────────────────────────────────
  filters: {
    capture: ({ filters, filterMode }) =>
      isFiltering(filters) || filterMode !== 'hide'
        ? {
            actorKind: [...filters.actorKind],
            linkKind: [...filters.linkKind],
            tone: [...filters.tone],
            source: [...filters.source],
            mode: filterMode,
          }
        : undefined,
    apply(store, f) {
      const s = store.getState();
      s.setFilterMode(f?.mode ?? 'hide');
      for (const facet of FACETS) s.setFacet(facet, f ? f[facet] : []);
    },
  },
  focus: {
    capture: ({ focus }) => focus ?? undefined,
    apply: (store, focus) => store.getState().setFocus(focus ?? null),
  },
  path: {
    capture: ({ pathQuery }) => pathQuery ?? undefined,
    apply: (store, path) => store.getState().findPath(path ?? null),
  },
  layout: {
    capture: ({ layout, radialCentre }) =>
      layout === 'story'
        ? undefined
        : radialCentre
          ? { name: layout, centre: radialCentre }
          : { name: layout },
    apply(store, layout) {
      store.setState({ radialCentre: layout?.centre ?? store.getState().radialCentre });
      store.getState().setLayout(layout?.name ?? 'story');
    },
  },
};

/** The view now, as a share state; null when no story is open. */
export function captureShareState(state: AppState): ShareState | null {
  if (!state.story) return null;
  const out: Record<string, unknown> = { v: SHARE_STATE_VERSION, story: state.story.id };
  for (const name of SHARE_FIELD_NAMES) {
    const value = BRIDGE[name].capture(state);
    if (value !== undefined) out[name] = value;
  }
  return out as ShareState;
}

export type ApplyResult = { applied: true; notes: ShareNote[] } | { applied: false; reason: 'other-story' };

/**
 * Applies a share state to the story on screen, after fitting it to that story. A state for another
 * story is not applied (its ids and dates mean nothing here).
 */
export function applyShareState(store: AppStore, state: ShareState): ApplyResult {
  const story = store.getState().story;
  if (!story || story.id !== state.story) return { applied: false, reason: 'other-story' };
  const fitted = fitShareState(state, story);
  for (const name of SHARE_FIELD_NAMES) {
    (BRIDGE[name].apply as (store: AppStore, value: unknown) => void)(store, fitted.state[name]);
  }
  return { applied: true, notes: fitted.notes };
}
