/**
 * Parallel links between one pair of actors each get a fixed lane, from the whole story, so a link is
 * drawn in the same place whatever moment or path through time led to it (the way actors keep their
 * places). Lanes are centred on the straight line and ordered in time; the sign is given in the frame
 * of the pair's canonical direction (smaller id → larger id), so links in both directions never overlap.
 */
import type { Story } from './types';

export interface Lane {
  /** 0 is the straight line, ±1 the first lanes either side, and so on (halves for even counts). */
  readonly offset: number;
  /** How many links the pair has over the whole story. */
  readonly count: number;
}

export function pairLanes(story: Story): ReadonlyMap<string, Lane> {
  const pairs = new Map<string, { id: string; start: number; flip: boolean }[]>();
  for (const l of story.links) {
    const flip = l.from > l.to;
    const key = flip ? `${l.to}\u0000${l.from}` : `${l.from}\u0000${l.to}`;
    let group = pairs.get(key);
    if (!group) pairs.set(key, (group = []));
    group.push({ id: l.id, start: l.start, flip });
  }
  const lanes = new Map<string, Lane>();
  for (const group of pairs.values()) {
    group.sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : 1));
    const middle = (group.length - 1) / 2;
    group.forEach((l, k) =>
      lanes.set(l.id, { offset: (l.flip ? -1 : 1) * (k - middle) + 0, count: group.length }),
    );
  }
  return lanes;
}
