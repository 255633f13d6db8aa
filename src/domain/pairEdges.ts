/**
 * Repeated events between one pair of actors drawn as one weighted edge: the links visible now
 * between a and b become a single edge whose weight is how many there are, whose tone is their mean
 * and which stands for the latest of them when clicked. Used for large stories, where it cuts the
 * edges to draw by a third or more. Fed the same diffs as the graph, it returns diffs of pair edges.
 */
import type { GraphDiff } from './timeline';
import type { Story } from './types';

export interface PairEdge {
  /** `pair:a|b` with a < b; cannot collide with a link id (ids have no ':' or '|'). */
  readonly id: string;
  readonly a: string;
  readonly b: string;
  /** How many links between a and b are visible. */
  readonly weight: number;
  /** Mean tone of those links. */
  readonly tone: number;
  /** The one that started last (ties: the greatest id), shown when the edge is picked. */
  readonly latestLinkId: string;
}

export interface PairDiff {
  readonly entered: readonly PairEdge[];
  readonly left: readonly string[];
  readonly changed: readonly PairEdge[];
}

export function pairIdOf(from: string, to: string): string {
  return from < to ? `pair:${from}|${to}` : `pair:${to}|${from}`;
}

export interface PairAggregator {
  /** Starts over from a full set of visible links; returns every pair edge. */
  reset(links: Iterable<string>): PairEdge[];
  apply(diff: GraphDiff): PairDiff;
  /** The pair edge a link is drawn in, if it is visible. */
  pairOfLink(linkId: string): string | undefined;
  /** The visible links a pair edge stands for (empty if it is not shown). */
  linksOf(pairId: string): ReadonlySet<string>;
}

const NONE: ReadonlySet<string> = new Set();

export function createPairAggregator(story: Story): PairAggregator {
  const members = new Map<string, Set<string>>();

  const summary = (id: string, links: ReadonlySet<string>): PairEdge => {
    let tone = 0;
    let latest: { id: string; start: number } | null = null;
    let a = '';
    let b = '';
    for (const linkId of links) {
      const l = story.linkById.get(linkId)!;
      tone += l.tone;
      if (!latest || l.start > latest.start || (l.start === latest.start && l.id > latest.id)) latest = l;
      [a, b] = l.from < l.to ? [l.from, l.to] : [l.to, l.from];
    }
    return { id, a, b, weight: links.size, tone: tone / links.size, latestLinkId: latest!.id };
  };

  const move = (linkId: string, into: boolean, touched: Map<string, number>) => {
    const l = story.linkById.get(linkId);
    if (!l) return;
    const id = pairIdOf(l.from, l.to);
    let set = members.get(id);
    if (!touched.has(id)) touched.set(id, set?.size ?? 0);
    if (into) {
      if (!set) members.set(id, (set = new Set()));
      set.add(linkId);
    } else if (set) {
      set.delete(linkId);
      if (set.size === 0) members.delete(id);
    }
  };

  return {
    reset(links) {
      members.clear();
      const touched = new Map<string, number>();
      for (const id of links) move(id, true, touched);
      return [...members].map(([id, set]) => summary(id, set));
    },
    apply(diff) {
      const touched = new Map<string, number>();
      for (const id of diff.leftLinks) move(id, false, touched);
      for (const id of diff.enteredLinks) move(id, true, touched);
      for (const id of diff.changedLinks) {
        const l = story.linkById.get(id);
        const pair = l && pairIdOf(l.from, l.to);
        if (pair && members.has(pair) && !touched.has(pair)) touched.set(pair, members.get(pair)!.size);
      }
      const entered: PairEdge[] = [];
      const left: string[] = [];
      const changed: PairEdge[] = [];
      for (const [id, before] of touched) {
        const set = members.get(id);
        if (!set) {
          if (before > 0) left.push(id);
        } else if (before === 0) entered.push(summary(id, set));
        else changed.push(summary(id, set));
      }
      return { entered, left, changed };
    },
    pairOfLink(linkId) {
      const l = story.linkById.get(linkId);
      if (!l) return undefined;
      const id = pairIdOf(l.from, l.to);
      return members.get(id)?.has(linkId) ? id : undefined;
    },
    linksOf(pairId) {
      return members.get(pairId) ?? NONE;
    },
  };
}
