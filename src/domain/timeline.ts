/**
 * The time index: which links are visible for a time query, and what changes when the query moves.
 *
 * A link is visible for the query [from, to] when it starts no later than `to` and its (effective)
 * end is after `from`. Its visibility can only flip when a query bound crosses one of its change
 * points, so moving the query looks up just the links whose start lies between the old and new `to`
 * and those whose end lies between the old and new `from`: binary searches over two sorted arrays,
 * costing O(log n + changes) whatever the size of the story.
 */
import { lingers } from './timeModes';
import type { Link, Story } from './types';

/** A closed interval of time, in ms (UTC). `from` may be -Infinity (everything up to `to`). */
export interface TimeQuery {
  readonly from: number;
  readonly to: number;
}

export interface TimelineIndex {
  readonly story: Story;
  /** How long a one-off event stays visible after it ends, in ms. */
  readonly linger: number;
  readonly starts: Float64Array;
  readonly startLinks: readonly Link[];
  readonly ends: Float64Array;
  readonly endLinks: readonly Link[];
  effectiveEnd(link: Link): number;
}

export interface GraphDiff {
  readonly enteredLinks: readonly string[];
  readonly leftLinks: readonly string[];
  readonly enteredActors: readonly string[];
  readonly leftActors: readonly string[];
  /** Links still visible whose look should be refreshed (story edits). */
  readonly changedLinks: readonly string[];
}

export const EMPTY_DIFF: GraphDiff = {
  enteredLinks: [],
  leftLinks: [],
  enteredActors: [],
  leftActors: [],
  changedLinks: [],
};

export function buildTimelineIndex(story: Story, linger = 0): TimelineIndex {
  const effectiveEnd = (link: Link) => (lingers(link) ? link.end + linger : link.end);
  const byStart = [...story.links].sort((a, b) => a.start - b.start);
  const withEnd = story.links.map((l) => ({ l, e: effectiveEnd(l) })).sort((a, b) => a.e - b.e);
  return {
    story,
    linger,
    starts: Float64Array.from(byStart, (l) => l.start),
    startLinks: byStart,
    ends: Float64Array.from(withEnd, (x) => x.e),
    endLinks: withEnd.map((x) => x.l),
    effectiveEnd,
  };
}

/** Index of the first element greater than `value` (elements ≤ value come before it). */
export function upperBound(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface Snapshot {
  readonly links: ReadonlySet<string>;
  readonly actors: ReadonlySet<string>;
}

/** The graph for a query, computed from scratch (O(links started by `to`)). */
export function snapshotAt(index: TimelineIndex, q: TimeQuery): Snapshot {
  const links = new Set<string>();
  const actors = new Set<string>();
  const n = upperBound(index.starts, q.to);
  for (let i = 0; i < n; i++) {
    const link = index.startLinks[i]!;
    if (index.effectiveEnd(link) > q.from) {
      links.add(link.id);
      actors.add(link.from);
      actors.add(link.to);
    }
  }
  return { links, actors };
}

/** What differs between two snapshots (used when the filters or the story change). */
export function diffSnapshots(prev: Snapshot, next: Snapshot): GraphDiff {
  const minus = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].filter((x) => !b.has(x));
  return {
    enteredLinks: minus(next.links, prev.links),
    leftLinks: minus(prev.links, next.links),
    enteredActors: minus(next.actors, prev.actors),
    leftActors: minus(prev.actors, next.actors),
    changedLinks: [],
  };
}

/**
 * A moving view over the index: keeps the visible set and, for each move, returns only the diff.
 * Mutable by design (it is the hot path while scrubbing), but owns all of its state.
 */
export interface TimeCursor {
  readonly index: TimelineIndex;
  readonly query: TimeQuery;
  moveTo(q: TimeQuery): GraphDiff;
  snapshot(): Snapshot;
  hasLink(id: string): boolean;
  hasActor(id: string): boolean;
  /** How many links and actors are visible, without copying them. */
  counts(): { links: number; actors: number };
}

/**
 * The index in numbers, for the cursor's hot path: links and actors by position, their change points
 * and endpoints in typed arrays, the sort orders as positions. Built once per index, on first use.
 */
interface DenseIndex {
  readonly linkStart: Float64Array;
  readonly linkEnd: Float64Array;
  readonly linkFrom: Int32Array;
  readonly linkTo: Int32Array;
  readonly startOrder: Int32Array;
  readonly endOrder: Int32Array;
  readonly actorIds: readonly string[];
  readonly linkPosition: ReadonlyMap<string, number>;
  readonly actorPosition: ReadonlyMap<string, number>;
}

const denseIndexes = new WeakMap<TimelineIndex, DenseIndex>();

function denseIndexOf(index: TimelineIndex): DenseIndex {
  let dense = denseIndexes.get(index);
  if (dense) return dense;
  const links = index.story.links;
  const position = new Map<Link, number>(links.map((l, i) => [l, i]));
  const actorPosition = new Map<string, number>();
  const actorIds: string[] = [];
  const actorOf = (id: string) => {
    let p = actorPosition.get(id);
    if (p === undefined) {
      p = actorIds.push(id) - 1;
      actorPosition.set(id, p);
    }
    return p;
  };
  dense = {
    linkStart: Float64Array.from(links, (l) => l.start),
    linkEnd: Float64Array.from(links, (l) => index.effectiveEnd(l)),
    linkFrom: Int32Array.from(links, (l) => actorOf(l.from)),
    linkTo: Int32Array.from(links, (l) => actorOf(l.to)),
    startOrder: Int32Array.from(index.startLinks, (l) => position.get(l)!),
    endOrder: Int32Array.from(index.endLinks, (l) => position.get(l)!),
    actorIds,
    linkPosition: new Map(links.map((l, i) => [l.id, i])),
    actorPosition,
  };
  denseIndexes.set(index, dense);
  return dense;
}

export function createTimeCursor(index: TimelineIndex, initial: TimeQuery): TimeCursor {
  const dense = denseIndexOf(index);
  const { linkStart, linkEnd, linkFrom, linkTo, startOrder, endOrder, actorIds } = dense;
  const linkCount = linkStart.length;
  const links = index.story.links;
  // Flat state so that a step allocates nothing but its result: visible flags per link, and how many
  // visible links touch each actor (an actor shows while its count is above zero).
  const visible = new Uint8Array(linkCount);
  const degree = new Int32Array(actorIds.length);
  // Stamps mark what a move has already looked at, without clearing arrays between moves.
  const linkStamp = new Uint32Array(linkCount);
  const actorStamp = new Uint32Array(actorIds.length);
  const actorWasShown = new Uint8Array(actorIds.length);
  let stamp = 0;
  let query = initial;
  let linkTotal = 0;
  let actorTotal = 0;

  const n0 = upperBound(index.starts, initial.to);
  for (let k = 0; k < n0; k++) {
    const i = startOrder[k]!;
    if (linkEnd[i]! > initial.from) {
      visible[i] = 1;
      linkTotal++;
      for (const actor of [linkFrom[i]!, linkTo[i]!])
        if ((degree[actor] = degree[actor]! + 1) === 1) actorTotal++;
    }
  }

  function moveTo(next: TimeQuery): GraphDiff {
    stamp++;
    const enteredLinks: string[] = [];
    const leftLinks: string[] = [];
    const touchedActors: number[] = [];
    const bump = (actor: number, by: 1 | -1) => {
      if (actorStamp[actor] !== stamp) {
        actorStamp[actor] = stamp;
        actorWasShown[actor] = degree[actor]! > 0 ? 1 : 0;
        touchedActors.push(actor);
      }
      degree[actor] = degree[actor]! + by;
    };
    const visit = (sorted: Float64Array, order: Int32Array, a: number, b: number) => {
      if (a === b) return;
      const lo = upperBound(sorted, Math.min(a, b));
      const hi = upperBound(sorted, Math.max(a, b));
      for (let k = lo; k < hi; k++) {
        const i = order[k]!;
        if (linkStamp[i] === stamp) continue;
        linkStamp[i] = stamp;
        const now = linkStart[i]! <= next.to && linkEnd[i]! > next.from ? 1 : 0;
        if (now === visible[i]) continue;
        visible[i] = now;
        const by = now ? 1 : -1;
        linkTotal += by;
        (now ? enteredLinks : leftLinks).push(links[i]!.id);
        bump(linkFrom[i]!, by);
        bump(linkTo[i]!, by);
      }
    };
    visit(index.starts, startOrder, query.to, next.to);
    visit(index.ends, endOrder, query.from, next.from);
    query = next;

    const enteredActors: string[] = [];
    const leftActors: string[] = [];
    for (const actor of touchedActors) {
      const isNow = degree[actor]! > 0;
      if (isNow && !actorWasShown[actor]) {
        enteredActors.push(actorIds[actor]!);
        actorTotal++;
      } else if (!isNow && actorWasShown[actor]) {
        leftActors.push(actorIds[actor]!);
        actorTotal--;
      }
    }
    return { enteredLinks, leftLinks, enteredActors, leftActors, changedLinks: [] };
  }

  const snapshot = (): Snapshot => {
    const linkSet = new Set<string>();
    const actorSet = new Set<string>();
    // In start order, actors as their links name them, as snapshotAt gives them: the order elements
    // are added in decides which is drawn on top, so the same moment always looks the same.
    for (let k = 0; k < linkCount; k++) {
      const i = startOrder[k]!;
      if (!visible[i]) continue;
      linkSet.add(links[i]!.id);
      actorSet.add(actorIds[linkFrom[i]!]!);
      actorSet.add(actorIds[linkTo[i]!]!);
    }
    return { links: linkSet, actors: actorSet };
  };

  return {
    index,
    get query() {
      return query;
    },
    moveTo,
    snapshot,
    hasLink: (id) => visible[dense.linkPosition.get(id) ?? -1] === 1,
    hasActor: (id) => (degree[dense.actorPosition.get(id) ?? -1] ?? 0) > 0,
    counts: () => ({ links: linkTotal, actors: actorTotal }),
  };
}
