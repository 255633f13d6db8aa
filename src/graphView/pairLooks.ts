/**
 * How merged pair edges (large stories) look, and which one is under the pointer. Large stories draw
 * their edges themselves, as a few batched strokes under the actors (underlay.ts), instead of as
 * Cytoscape elements: handing Cytoscape thousands of edges costs about 11 µs each per frame, while a
 * few stroked paths cost a fraction of a millisecond. This file is the pure part: what each edge looks like (the same encoding
 * as the stylesheet's), grouping into strokes, and hit testing. No canvas, no Cytoscape.
 */
import type { PairEdge } from '../domain/pairEdges';
import { toneBand } from '../domain/vocabulary';
import { createBatches, interner } from './batches';
import { TONE_COLOR } from './encoding';

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** How the explore state marks a pair edge (the same states as the stylesheet's classes). */
export interface PairMarks {
  /** Faded by a filter, outside the focus, or off the path. */
  readonly dim: boolean;
  /** Hidden by focus. */
  readonly hidden: boolean;
  readonly onPath: boolean;
  readonly selected: boolean;
}

export const NO_MARKS: PairMarks = { dim: false, hidden: false, onPath: false, selected: false };

/** A wide translucent stroke along an edge: under it for a path, over it for the selection. */
export interface Halo {
  readonly color: string;
  readonly opacity: number;
  readonly width: number;
}

export interface EdgeLook {
  readonly id: string;
  readonly a: string;
  readonly b: string;
  readonly width: number;
  readonly color: string;
  readonly opacity: number;
  readonly under: Halo | null;
  readonly over: Halo | null;
  /** Drawing order: higher on top (dimmed, then plain, then on the path). */
  readonly layer: number;
  /** The strokes it is drawn with, shared by every look alike (strokesOf groups by them). */
  readonly pens: readonly Pen[];
}

/** How one stroke is drawn; `order` places it among the others (halos under, lines, rings over). */
export interface Pen {
  readonly order: number;
  readonly color: string;
  readonly width: number;
  readonly opacity: number;
  /** Halos have round ends, lines square ones. */
  readonly round: boolean;
}

// One object per distinct pen, so grouping thousands of edges per frame builds no strings.
const penOf = interner<Pen>();
function pen(order: number, color: string, width: number, opacity: number): Pen {
  return penOf(`${order}|${color}|${width}|${opacity}`, () => ({
    order,
    color,
    width,
    opacity,
    round: order === 0 || order === 9,
  }));
}

/** The stylesheet's `mapData(weight, 1, 8, 1.5, 6)`: more links, a thicker line. */
export function pairWidth(weight: number): number {
  const w = Math.min(8, Math.max(1, weight));
  return 1.5 + ((w - 1) / 7) * 4.5;
}

// The stylesheet's values (stylesheet.ts): plain edges, dimmed ones, the path underlay, the selection overlay.
const PLAIN_OPACITY = 0.85;
const DIM_OPACITY = 0.13;
const PATH_HALO = { color: '#ffd43b', opacity: 0.8, padding: 4 };
const SELECTED_HALO = { color: '#ffd43b', opacity: 0.35, padding: 6 };

/** What a pair edge looks like under the given marks; null when it is not drawn. */
export function pairLook(pair: PairEdge, marks: PairMarks): EdgeLook | null {
  if (marks.hidden) return null;
  const width = pairWidth(pair.weight);
  const halo = (h: typeof PATH_HALO): Halo => ({
    color: h.color,
    opacity: h.opacity,
    width: width + 2 * h.padding,
  });
  const color = TONE_COLOR[toneBand(pair.tone)];
  const opacity = marks.onPath ? 1 : marks.dim ? DIM_OPACITY : PLAIN_OPACITY;
  const under = marks.onPath ? halo(PATH_HALO) : null;
  const over = marks.selected ? halo(SELECTED_HALO) : null;
  const layer = marks.onPath ? 2 : marks.dim ? 0 : 1;
  return {
    id: pair.id,
    a: pair.a,
    b: pair.b,
    width,
    color,
    opacity,
    under,
    over,
    layer,
    pens: [
      ...(under ? [pen(0, under.color, under.width, under.opacity)] : []),
      pen(1 + layer, color, width, opacity),
      ...(over ? [pen(9, over.color, over.width, over.opacity)] : []),
    ],
  };
}

/** One stroke call: every segment in it is drawn with the same pen. */
export interface Stroke extends Pen {
  /** x1, y1, x2, y2 for each segment. */
  readonly segments: number[];
}

/**
 * The looks as few strokes as possible, in drawing order: path halos, then lines from the bottom
 * layer up, then selection halos. Edges with an end not in `positionOf` (not drawn) are left out.
 */
export function strokesOf(
  looks: Iterable<EdgeLook>,
  positionOf: (id: string) => Point | undefined,
): Stroke[] {
  const batches = createBatches<Pen>();
  for (const look of looks) {
    const a = positionOf(look.a);
    const b = positionOf(look.b);
    if (!a || !b) continue;
    for (const p of look.pens) batches.of(p).push(a.x, a.y, b.x, b.y);
  }
  return batches.inOrder().map(([p, segments]) => ({ ...p, segments }));
}

/** Distance from p to the segment a–b. */
export function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const lengthSq = dx * dx + dy * dy;
  const t = lengthSq === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / lengthSq));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/**
 * The drawn edge nearest to `p` within `tolerance` of its line (both in graph units), topmost on a
 * tie; null if none is that close.
 */
export function edgeAt(
  looks: Iterable<EdgeLook>,
  positionOf: (id: string) => Point | undefined,
  p: Point,
  tolerance: number,
): string | null {
  let best: { id: string; d: number; layer: number } | null = null;
  for (const look of looks) {
    const a = positionOf(look.a);
    const b = positionOf(look.b);
    if (!a || !b) continue;
    const d = distanceToSegment(p, a, b) - look.width / 2;
    if (d > tolerance) continue;
    if (!best || d < best.d || (d === best.d && look.layer > best.layer)) {
      best = { id: look.id, d, layer: look.layer };
    }
  }
  return best?.id ?? null;
}
