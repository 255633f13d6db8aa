/**
 * How actors look when a large story is seen whole, drawn by Nexo in a few batched paths instead of
 * by Cytoscape one by one. Cytoscape spends about 8 µs per actor per frame drawing them (the node
 * canvas alone was 4–5 ms of a 12 ms step at 1,000 actors, and over half the step at 5,000,
 * measured). Below the zoom at which labels appear, an actor is only its shape, colour and marks, and
 * Nexo draws those for a fraction of that. From that zoom on, Cytoscape draws the actors again, with
 * their labels; Cytoscape keeps them throughout for the pointer (hover, click, drag), and draws an
 * actor that is held or dragged itself, on its drag layer.
 *
 * This file is the pure part: each actor's look, from the same values as the stylesheet for large
 * stories (a test holds them together), and grouping actors into batches. No canvas, no Cytoscape.
 * Large stories have no entering highlight and take leaving actors off at once (levelOfDetail.ts,
 * adapter.ts), so neither is drawn here.
 */
import { ACTOR_KINDS, type ActorKind } from '../domain/vocabulary';
import { createBatches, interner } from './batches';
import { ACTOR_STYLE, type NodeShape } from './encoding';

/** What the adapter knows of one actor as it is drawn. */
export interface ActorState {
  readonly kind: ActorKind;
  /** One of the focus pair: drawn larger. */
  readonly focus: boolean;
  /** Faded by a filter, outside the focus, or off the path. */
  readonly dim: boolean;
  readonly onPath: boolean;
  readonly selected: boolean;
}

/** One batch of shapes drawn alike: filled, or outlined `lineWidth` wide. */
export interface ActorPen {
  /** Drawing order: higher on top. */
  readonly order: number;
  readonly shape: NodeShape;
  /** Width and height of the shape. */
  readonly size: number;
  readonly color: string;
  readonly opacity: number;
  /** 0: filled; otherwise the outline's width. */
  readonly lineWidth: number;
}

export interface ActorBatch extends ActorPen {
  /** x, y of each shape's centre. */
  readonly centres: number[];
}

// The stylesheet's values for large stories (stylesheet.ts; actorLooks.test.ts compares them).
export const ACTOR_LOOK = {
  size: 26,
  focusSize: 40,
  dimOpacity: 0.13,
  path: { color: '#f08c00', width: 5 },
  selected: { color: '#ffd43b', opacity: 0.35, padding: 6 },
} as const;

const SELECTED_ORDER = 9;

// One object per distinct pen, so that actors drawn alike share a batch.
const penOf = interner<ActorPen>();
function pen(order: number, shape: NodeShape, size: number, color: string, opacity: number, lineWidth = 0) {
  return penOf(`${order}|${shape}|${size}|${color}|${opacity}|${lineWidth}`, () => ({
    order,
    shape,
    size,
    color,
    opacity,
    lineWidth,
  }));
}

// The pens of each distinct state, by a number made of its kind and flags: asked for every actor at
// every drawing, so no string is built per actor.
const KIND_INDEX = new Map(ACTOR_KINDS.map((kind, i) => [kind, i]));
const pensByState = new Map<number, readonly ActorPen[]>();

/** The pens an actor is drawn with, bottom first. */
export function actorPens(state: ActorState): readonly ActorPen[] {
  const code =
    (KIND_INDEX.get(state.kind)! << 4) |
    (Number(state.focus) << 3) |
    (Number(state.dim) << 2) |
    (Number(state.onPath) << 1) |
    Number(state.selected);
  let pens = pensByState.get(code);
  if (!pens) pensByState.set(code, (pens = pensOf(state)));
  return pens;
}

function pensOf(state: ActorState): readonly ActorPen[] {
  const { shape, color } = ACTOR_STYLE[state.kind];
  const size = state.focus ? ACTOR_LOOK.focusSize : ACTOR_LOOK.size;
  // As in the stylesheet, being on the path wins over being dimmed.
  const opacity = state.onPath ? 1 : state.dim ? ACTOR_LOOK.dimOpacity : 1;
  // Dimmed ones at the bottom, then the rest, then those on the path with their rings on top.
  const layer = state.onPath ? 4 : state.dim ? 0 : 2;
  const out = [pen(layer, shape, size, color, opacity)];
  if (state.onPath) out.push(pen(layer + 1, shape, size, ACTOR_LOOK.path.color, 1, ACTOR_LOOK.path.width));
  if (state.selected) {
    const s = ACTOR_LOOK.selected;
    out.push(pen(SELECTED_ORDER, 'round-rectangle', size + 2 * s.padding, s.color, s.opacity));
  }
  return out;
}

/** Collects actors into as few batches as their looks allow; `batches()` gives them in drawing order. */
export function createActorBatcher() {
  const batches = createBatches<ActorPen>();
  return {
    add(x: number, y: number, state: ActorState): void {
      for (const p of actorPens(state)) batches.of(p).push(x, y);
    },
    batches(): ActorBatch[] {
      return batches.inOrder().map(([p, centres]) => ({ ...p, centres }));
    },
  };
}
