/**
 * Walking the graph as it stands: who is within k steps of an actor, and how two actors are
 * connected. All of it works on a given set of link ids (the visible graph at the current time), so
 * it composes with time and filters. Links are undirected unless a walk asks to follow direction.
 */
import type { Link, Story } from './types';

export interface Adjacency {
  /** Per actor, each link touching it with the actor at its other end, in link id order. */
  readonly out: ReadonlyMap<string, readonly { readonly link: Link; readonly other: string }[]>;
}

/**
 * Adjacency over the given links; `directed` keeps directed links one way (from → to, or to → from
 * when `reverse`, for walking back from a target).
 */
export function buildAdjacency(
  story: Story,
  linkIds: Iterable<string>,
  directed = false,
  reverse = false,
): Adjacency {
  const out = new Map<string, { link: Link; other: string }[]>();
  const add = (from: string, link: Link, other: string) => {
    let list = out.get(from);
    if (!list) out.set(from, (list = []));
    list.push({ link, other });
  };
  const links = [...linkIds]
    .sort()
    .map((id) => story.linkById.get(id))
    .filter((l): l is Link => !!l);
  for (const l of links) {
    const oneWay = directed && l.directed;
    if (!oneWay || !reverse) add(l.from, l, l.to);
    if (!oneWay || reverse) add(l.to, l, l.from);
  }
  return { out };
}

/** Hops from `start` to every actor it reaches (itself at 0), breadth first. */
export function hopDistances(adj: Adjacency, start: string, maxSteps = Infinity): Map<string, number> {
  const dist = new Map([[start, 0]]);
  let frontier = [start];
  for (let d = 1; d <= maxSteps && frontier.length > 0; d++) {
    const next: string[] = [];
    for (const a of frontier) {
      for (const { other } of adj.out.get(a) ?? []) {
        if (dist.has(other)) continue;
        dist.set(other, d);
        next.push(other);
      }
    }
    frontier = next;
  }
  return dist;
}

export interface Neighbourhood {
  readonly centre: string;
  /** Actor → hops from the centre, for actors at most `steps` away. */
  readonly actors: ReadonlyMap<string, number>;
  /** The links among those actors. */
  readonly links: ReadonlySet<string>;
}

/** The actors within `steps` hops of `centre` and the links among them (empty if the centre is not shown). */
export function neighbourhood(
  story: Story,
  linkIds: Iterable<string>,
  centre: string,
  steps: number,
): Neighbourhood {
  const ids = [...linkIds];
  const adj = buildAdjacency(story, ids);
  const actors = adj.out.has(centre) ? hopDistances(adj, centre, steps) : new Map<string, number>();
  const links = new Set<string>();
  for (const id of ids) {
    const l = story.linkById.get(id);
    if (l && actors.has(l.from) && actors.has(l.to)) links.add(id);
  }
  return { centre, actors, links };
}

export interface PathOptions {
  /** Each next link must start no earlier than the one before (A met B before B met C). */
  readonly forwardInTime?: boolean;
  /** Follow directed links only from who acts to who is acted on. */
  readonly directed?: boolean;
  /** At most this many paths are listed (the highlight still covers them). Default 50. */
  readonly limit?: number;
}

/** One way from A to B: its actors in order and the link taken at each step. */
export interface Path {
  readonly actors: readonly string[];
  readonly links: readonly string[];
}

export type PathResult =
  | {
      readonly type: 'found';
      readonly hops: number;
      /** Every shortest path (up to the limit), grouped by route in `routes`. */
      readonly paths: readonly Path[];
      /** Shortest paths grouped by the actors they pass through, with every link usable at each step. */
      readonly routes: readonly { readonly actors: readonly string[]; readonly steps: readonly string[][] }[];
      readonly truncated: boolean;
      readonly actors: ReadonlySet<string>;
      readonly links: ReadonlySet<string>;
    }
  | { readonly type: 'same-actor' }
  /** One or both actors are not on the graph as it stands (no links shown at this time). */
  | { readonly type: 'not-shown'; readonly missing: readonly string[] }
  | { readonly type: 'no-path' };

/**
 * All shortest paths from `from` to `to` over the given links. Breadth first by hops; with
 * `forwardInTime` a walk may reach an actor several times, keeping, per number of hops, the
 * earliest start of the last link (an earlier arrival leaves every later option open). Paths are
 * then listed depth first, pruned by the hops still needed to reach the target.
 */
export function findPaths(
  story: Story,
  linkIds: Iterable<string>,
  from: string,
  to: string,
  options: PathOptions = {},
): PathResult {
  if (from === to) return { type: 'same-actor' };
  const ids = [...linkIds];
  const adj = buildAdjacency(story, ids, options.directed);
  const shown = new Set<string>();
  for (const id of ids) {
    const l = story.linkById.get(id);
    if (l) shown.add(l.from).add(l.to);
  }
  const missing = [from, to].filter((a) => !shown.has(a));
  if (missing.length > 0) return { type: 'not-shown', missing };

  const forward = options.forwardInTime ?? false;
  // Hops still needed to reach `to`, ignoring time (a lower bound that prunes the listing).
  const toTarget = hopDistances(buildAdjacency(story, ids, options.directed, true), to);
  if (!toTarget.has(from)) return { type: 'no-path' };

  let hops: number;
  if (forward) {
    const reached = earliestArrivals(adj, from, to);
    if (reached === null) return { type: 'no-path' };
    hops = reached;
  } else {
    hops = toTarget.get(from)!;
  }

  const limit = options.limit ?? 50;
  const paths: Path[] = [];
  let truncated = false;
  const actorTrail = [from];
  const linkTrail: string[] = [];
  const visit = (at: string, lastStart: number) => {
    if (truncated) return;
    const depth = linkTrail.length;
    if (at === to) {
      if (paths.length >= limit) truncated = true;
      else paths.push({ actors: [...actorTrail], links: [...linkTrail] });
      return;
    }
    for (const { link, other } of adj.out.get(at) ?? []) {
      if (forward && link.start < lastStart) continue;
      const left = toTarget.get(other);
      if (left === undefined || depth + 1 + left > hops) continue;
      if (actorTrail.includes(other)) continue;
      actorTrail.push(other);
      linkTrail.push(link.id);
      visit(other, link.start);
      actorTrail.pop();
      linkTrail.pop();
    }
  };
  visit(from, -Infinity);
  if (paths.length === 0) return { type: 'no-path' };

  const routes = new Map<string, { actors: readonly string[]; steps: Set<string>[] }>();
  for (const p of paths) {
    const key = p.actors.join('\u0000');
    let r = routes.get(key);
    if (!r) routes.set(key, (r = { actors: p.actors, steps: p.links.map(() => new Set<string>()) }));
    p.links.forEach((l, i) => r!.steps[i]!.add(l));
  }
  return {
    type: 'found',
    hops,
    paths,
    routes: [...routes.values()].map((r) => ({ actors: r.actors, steps: r.steps.map((s) => [...s]) })),
    truncated,
    actors: new Set(paths.flatMap((p) => p.actors)),
    links: new Set(paths.flatMap((p) => p.links)),
  };
}

/** Fewest hops of a time-respecting walk from `from` to `to`, or null when there is none. */
function earliestArrivals(adj: Adjacency, from: string, to: string): number | null {
  // best: the earliest last-link start with which each actor has been reached at any hop count so
  // far; a later arrival with more hops is dominated and dropped, so the loop ends.
  const best = new Map<string, number>([[from, -Infinity]]);
  let frontier = new Map<string, number>([[from, -Infinity]]);
  for (let hops = 1; frontier.size > 0; hops++) {
    const next = new Map<string, number>();
    for (const [actor, last] of frontier) {
      for (const { link, other } of adj.out.get(actor) ?? []) {
        if (link.start < last) continue;
        if (other === to) return hops;
        const known = best.get(other);
        if (known !== undefined && known <= link.start) continue;
        const queued = next.get(other);
        if (queued === undefined || link.start < queued) next.set(other, link.start);
      }
    }
    for (const [actor, t] of next) best.set(actor, t);
    frontier = next;
  }
  return null;
}
