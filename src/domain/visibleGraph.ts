/**
 * The graph as shown: links visible at the time query that pass the current filter, and the actors
 * they touch. An actor filter hides actors by removing every link that touches them, so an actor is
 * still shown exactly when it has a shown link and every diff stays exact. Time moves feed through
 * the cursor's diff (cheap); a filter change recomputes (rare). Either way the caller gets one
 * GraphDiff to apply.
 */
import {
  buildTimelineIndex,
  createTimeCursor,
  diffSnapshots,
  type GraphDiff,
  type Snapshot,
  type TimeCursor,
  type TimelineIndex,
} from './timeline';
import { lingerFor, queryFor, type TimeState } from './timeModes';
import type { Actor, Link, Story } from './types';

export type LinkFilter = (link: Link) => boolean;
export const ALL_LINKS: LinkFilter = () => true;
export type ActorFilter = (actor: Actor) => boolean;
export const ALL_ACTORS: ActorFilter = () => true;

export interface VisibleGraph {
  readonly story: Story;
  setTime(time: TimeState): GraphDiff;
  setFilter(filter: LinkFilter, actorFilter?: ActorFilter): GraphDiff;
  snapshot(): Snapshot;
  /** What the time query alone shows, before any filter (for filter counts). */
  timeSnapshot(): Snapshot;
  hasLink(id: string): boolean;
  hasActor(id: string): boolean;
  /** How many links and actors are visible, without copying them. */
  counts(): { links: number; actors: number };
}

export function createVisibleGraph(
  story: Story,
  time: TimeState,
  filter: LinkFilter = ALL_LINKS,
  actorFilter: ActorFilter = ALL_ACTORS,
): VisibleGraph {
  const indexes = new Map<number, TimelineIndex>();
  const indexFor = (linger: number) => {
    let index = indexes.get(linger);
    if (!index) {
      index = buildTimelineIndex(story, linger);
      indexes.set(linger, index);
    }
    return index;
  };

  let cursor: TimeCursor = createTimeCursor(indexFor(lingerFor(time.mode)), queryFor(time));
  const combine = (lf: LinkFilter, af: ActorFilter): LinkFilter =>
    af === ALL_ACTORS
      ? lf
      : (l) => lf(l) && af(story.actorById.get(l.from)!) && af(story.actorById.get(l.to)!);
  let currentFilter = combine(filter, actorFilter);
  const links = new Set<string>();
  const degree = new Map<string, number>();

  // Applies a set of link changes and reports them, with the actors that appeared or vanished.
  function apply(add: Iterable<string>, remove: Iterable<string>): GraphDiff {
    const touched = new Map<string, boolean>();
    const bump = (actor: string, by: number) => {
      const before = degree.get(actor) ?? 0;
      if (!touched.has(actor)) touched.set(actor, before > 0);
      const after = before + by;
      if (after === 0) degree.delete(actor);
      else degree.set(actor, after);
    };
    const enteredLinks: string[] = [];
    const leftLinks: string[] = [];
    for (const id of remove) {
      if (!links.delete(id)) continue;
      const l = story.linkById.get(id)!;
      leftLinks.push(id);
      bump(l.from, -1);
      bump(l.to, -1);
    }
    for (const id of add) {
      if (links.has(id)) continue;
      const l = story.linkById.get(id)!;
      if (!currentFilter(l)) continue;
      links.add(id);
      enteredLinks.push(id);
      bump(l.from, 1);
      bump(l.to, 1);
    }
    const enteredActors: string[] = [];
    const leftActors: string[] = [];
    for (const [actor, was] of touched) {
      const now = degree.has(actor);
      if (now && !was) enteredActors.push(actor);
      if (!now && was) leftActors.push(actor);
    }
    return { enteredLinks, leftLinks, enteredActors, leftActors, changedLinks: [] };
  }

  // Without a filter the cursor's own state is the visible graph: its diffs pass straight through,
  // which halves a step's cost. The first filter switches to the filtered copy kept above.
  let filtered = filter !== ALL_LINKS || actorFilter !== ALL_ACTORS;
  if (filtered) apply(cursor.snapshot().links, []);

  // Recomputes from the cursor's full set: used when the filter or the mode's linger changes.
  function resync(): GraphDiff {
    const timeVisible = cursor.snapshot().links;
    const remove = [...links].filter((id) => !timeVisible.has(id) || !currentFilter(story.linkById.get(id)!));
    return apply(timeVisible, remove);
  }

  return {
    story,
    setTime(next) {
      const linger = lingerFor(next.mode);
      if (linger !== cursor.index.linger) {
        const before = filtered ? null : cursor.snapshot();
        cursor = createTimeCursor(indexFor(linger), queryFor(next));
        return before ? diffSnapshots(before, cursor.snapshot()) : resync();
      }
      const d = cursor.moveTo(queryFor(next));
      return filtered ? apply(d.enteredLinks, d.leftLinks) : d;
    },
    setFilter(next, nextActors = ALL_ACTORS) {
      if (!filtered) {
        apply(cursor.snapshot().links, []);
        filtered = true;
      }
      currentFilter = combine(next, nextActors);
      return resync();
    },
    snapshot: () =>
      filtered ? { links: new Set(links), actors: new Set(degree.keys()) } : cursor.snapshot(),
    timeSnapshot: () => cursor.snapshot(),
    hasLink: (id) => (filtered ? links.has(id) : cursor.hasLink(id)),
    hasActor: (id) => (filtered ? degree.has(id) : cursor.hasActor(id)),
    counts: () => (filtered ? { links: links.size, actors: degree.size } : cursor.counts()),
  };
}
