/**
 * How much detail the graph can afford. Drawing is nearly all the cost of a step (about 10 µs per
 * visible element per frame here), and labels, curved edges with arrows, dashes and the entering
 * highlight multiply it. Small stories get everything; large ones get straight lines without arrows
 * or dashes, one weighted edge per pair of actors, labels only when zoomed in close, and no
 * highlight, which is what lets them scrub and
 * play. Decided once per story, so the look never flips while time moves.
 */
export interface DetailLevel {
  /** Curved edges with arrowheads (bezier) rather than straight lines (haystack). */
  readonly arrows: boolean;
  /** Dashed and dotted lines for the link families. */
  readonly lineStyles: boolean;
  /** The smallest on-screen font size at which actor labels are drawn, in px. */
  readonly minLabelPx: number;
  /** Entering elements glow for a moment. */
  readonly highlightEntering: boolean;
  /** All links visible between two actors drawn as one weighted edge (domain/pairEdges). */
  readonly mergePairs: boolean;
}

export const FULL_DETAIL: DetailLevel = {
  arrows: true,
  lineStyles: true,
  minLabelPx: 7,
  highlightEntering: true,
  mergePairs: false,
};
export const DENSE_DETAIL: DetailLevel = {
  arrows: false,
  lineStyles: false,
  minLabelPx: 11,
  highlightEntering: false,
  mergePairs: true,
};

/** Stories above either size are drawn with DENSE_DETAIL. */
export const DENSE_ABOVE = { actors: 400, links: 1500 } as const;

export function detailFor(size: { readonly actors: number; readonly links: number }): DetailLevel {
  return size.actors > DENSE_ABOVE.actors || size.links > DENSE_ABOVE.links ? DENSE_DETAIL : FULL_DETAIL;
}
