/**
 * Focus on an actor's neighbourhood, and the connection between two actors. Both are questions
 * about the graph as it stands, so their answers are recomputed whenever the visible graph changes
 * (time, filters, story) and published for the canvas and the panels.
 */
import { findPaths, neighbourhood, type Neighbourhood, type PathResult } from '../domain/paths';
import type { SliceContext } from './sliceContext';

export interface FocusState {
  readonly actorId: string;
  readonly steps: number;
  /** Hide the rest instead of dimming it. */
  readonly hide: boolean;
}

export interface PathQuery {
  readonly from: string;
  readonly to: string;
  readonly forwardInTime: boolean;
  readonly directed: boolean;
}

export interface FocusSlice {
  focus: FocusState | null;
  /** The focused neighbourhood at the current time. */
  focusSet: Neighbourhood | null;
  setFocus(focus: FocusState | null): void;
  pathQuery: PathQuery | null;
  /** The answer to pathQuery at the current time. */
  pathResult: PathResult | null;
  findPath(query: PathQuery | null): void;
  /** Recomputes focusSet and pathResult for the graph as it stands. */
  refreshExplore(): void;
}

export const FOCUS_ON_LOAD = { focus: null, focusSet: null, pathQuery: null, pathResult: null } as const;

export function createFocusSlice(ctx: SliceContext): FocusSlice {
  const derive = (focus: FocusState | null, pathQuery: PathQuery | null) => {
    const { story } = ctx.get();
    const visible = ctx.visible();
    if (!story || !visible) return { focusSet: null, pathResult: null };
    const links = visible.snapshot().links;
    return {
      focusSet: focus ? neighbourhood(story, links, focus.actorId, focus.steps) : null,
      pathResult: pathQuery ? findPaths(story, links, pathQuery.from, pathQuery.to, pathQuery) : null,
    };
  };
  return {
    ...FOCUS_ON_LOAD,
    setFocus(focus) {
      ctx.set({ focus, ...derive(focus, ctx.get().pathQuery) });
    },
    findPath(pathQuery) {
      ctx.set({ pathQuery, ...derive(ctx.get().focus, pathQuery) });
    },
    refreshExplore() {
      const { focus, pathQuery } = ctx.get();
      if (focus || pathQuery) ctx.set(derive(focus, pathQuery));
    },
  };
}
