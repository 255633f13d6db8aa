/**
 * What the share features need in the store: the part of the graph in view (owned by the canvas,
 * asked for by links and snapshots), the current share fragment, and the notice about a link or
 * snapshot that opened only in part or not at all.
 */
import type { ShareFieldValue } from '../share/shareState';

/** The part of the graph in view: its centre and size, in layout units. */
export type Viewport = ShareFieldValue<'viewport'>;

export interface ShareNotice {
  readonly title: string;
  readonly details: readonly string[];
}

export interface ViewSlice {
  /** The part of the graph in view; null while it is the fitted default. */
  viewport: Viewport | null;
  /** A request to the canvas: show this part of the graph, or fit it all (null). */
  viewportRequest: { readonly seq: number; readonly viewport: Viewport | null };
  /** The canvas reports what the person panned or zoomed to. */
  reportViewport(viewport: Viewport): void;
  requestViewport(viewport: Viewport | null): void;
  /** The fragment (`s1.…`) of the view now, kept current by the address-bar sync. */
  shareFragment: string;
  setShareFragment(fragment: string): void;
  /** The story a bare link opens (the shipped one); links to other stories need a snapshot. */
  linkableStoryId: string | null;
  setLinkableStoryId(id: string | null): void;
  shareNotice: ShareNotice | null;
  showShareNotice(notice: ShareNotice | null): void;
}

type Set = (partial: Partial<ViewSlice> | ((s: ViewSlice) => Partial<ViewSlice>)) => void;

export function createViewSlice(set: Set): ViewSlice {
  return {
    viewport: null,
    viewportRequest: { seq: 0, viewport: null },
    reportViewport: (viewport) => set({ viewport }),
    requestViewport: (viewport) =>
      set((s) => ({ viewport, viewportRequest: { seq: s.viewportRequest.seq + 1, viewport } })),
    shareFragment: '',
    setShareFragment: (shareFragment) => set({ shareFragment }),
    linkableStoryId: null,
    setLinkableStoryId: (linkableStoryId) => set({ linkableStoryId }),
    shareNotice: null,
    showShareNotice: (shareNotice) => set({ shareNotice }),
  };
}

/** A new story starts fitted: a viewport of the old story means nothing in the new one. */
export const resetViewport = (s: ViewSlice): Partial<ViewSlice> => ({
  viewport: null,
  viewportRequest: { seq: s.viewportRequest.seq + 1, viewport: null },
});
