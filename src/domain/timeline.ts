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

export function isVisible(index: TimelineIndex, link: Link, q: TimeQuery): boolean {
  return link.start <= q.to && index.effectiveEnd(link) > q.from;
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
}

export function createTimeCursor(index: TimelineIndex, initial: TimeQuery): TimeCursor {
  const first = snapshotAt(index, initial);
  const links = new Set(first.links);
  // How many visible links touch each actor: an actor shows while its count is above zero.
  const degree = new Map<string, number>();
  for (const id of links) {
    const l = index.story.linkById.get(id)!;
    degree.set(l.from, (degree.get(l.from) ?? 0) + 1);
    degree.set(l.to, (degree.get(l.to) ?? 0) + 1);
  }
  let query = initial;

  function moveTo(next: TimeQuery): GraphDiff {
    const candidates = new Set<Link>();
    const collect = (sorted: Float64Array, owners: readonly Link[], a: number, b: number) => {
      if (a === b) return;
      const lo = upperBound(sorted, Math.min(a, b));
      const hi = upperBound(sorted, Math.max(a, b));
      for (let i = lo; i < hi; i++) candidates.add(owners[i]!);
    };
    collect(index.starts, index.startLinks, query.to, next.to);
    collect(index.ends, index.endLinks, query.from, next.from);
    query = next;

    const enteredLinks: string[] = [];
    const leftLinks: string[] = [];
    // Whether each touched actor was visible before this move; compared with after once all links moved.
    const touched = new Map<string, boolean>();
    const bump = (actor: string, by: 1 | -1) => {
      const before = degree.get(actor) ?? 0;
      if (!touched.has(actor)) touched.set(actor, before > 0);
      const after = before + by;
      if (after === 0) degree.delete(actor);
      else degree.set(actor, after);
    };
    for (const link of candidates) {
      const was = links.has(link.id);
      const now = isVisible(index, link, next);
      if (was === now) continue;
      const by = now ? 1 : -1;
      if (now) {
        links.add(link.id);
        enteredLinks.push(link.id);
      } else {
        links.delete(link.id);
        leftLinks.push(link.id);
      }
      bump(link.from, by);
      bump(link.to, by);
    }
    const enteredActors: string[] = [];
    const leftActors: string[] = [];
    for (const [actor, wasVisible] of touched) {
      const isNow = degree.has(actor);
      if (isNow && !wasVisible) enteredActors.push(actor);
      if (!isNow && wasVisible) leftActors.push(actor);
    }
    return { enteredLinks, leftLinks, enteredActors, leftActors, changedLinks: [] };
  }

  return {
    index,
    get query() {
      return query;
    },
    moveTo,
    snapshot: () => ({ links: new Set(links), actors: new Set(degree.keys()) }),
  };
}
