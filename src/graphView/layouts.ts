/**
 * The layouts besides the whole-story one: actors grouped by country, and rings around one actor.
 * Both give a position to every actor of the story, so actors that enter later have a place.
 */
import { buildAdjacency, hopDistances } from '../domain/paths';
import type { Story } from '../domain/types';
import type { Positions } from './layout';

/** Prefix of the ids of country boxes, which are never actor ids inside Cytoscape. */
export const BOX_PREFIX = 'box\u0000';

/**
 * Actor → the id of its country's box: an actor whose `countryId` names a country actor, and each
 * country actor itself (so a country's own links start inside its box).
 */
export function countryGroups(story: Story): Map<string, string> {
  const groups = new Map<string, string>();
  for (const a of story.actors) {
    if (a.kind === 'country') groups.set(a.id, BOX_PREFIX + a.id);
    else if (a.countryId && story.actorById.get(a.countryId)?.kind === 'country') {
      groups.set(a.id, BOX_PREFIX + a.countryId);
    }
  }
  return groups;
}

const RING_GAP = 120;
/** Room per actor along a ring, in model pixels; small enough that labels stay readable when fitted. */
const MIN_ARC = 58;

/**
 * Rings by hop distance from `centre` over the given links; actors it does not reach go on an outer
 * ring. Within a ring actors follow the angle of the actor they were reached from, so branches stay
 * together; ties go by name, so the picture is the same every time.
 */
export function computeRadialLayout(story: Story, linkIds: Iterable<string>, centre: string): Positions {
  const adj = buildAdjacency(story, linkIds);
  const dist = story.actorById.has(centre) ? hopDistances(adj, centre) : new Map<string, number>();
  const rings: string[][] = [];
  for (const [id, d] of dist) (rings[d] ??= []).push(id);
  // Shown actors the centre does not reach form the outer ring; actors not shown now wait beyond
  // it, so the ring is not stretched by places only they would take.
  const shownActors = new Set(adj.out.keys());
  const unreached = story.actors.filter((a) => !dist.has(a.id));
  rings.push(unreached.filter((a) => shownActors.has(a.id)).map((a) => a.id));
  rings.push(unreached.filter((a) => !shownActors.has(a.id)).map((a) => a.id));

  const name = (id: string) => story.actorById.get(id)?.name ?? id;
  const angle = new Map<string, number>();
  const positions = new Map<string, { x: number; y: number }>();
  let radius = 0;
  rings.forEach((ring, d) => {
    if (ring.length === 0) return;
    if (d === 0) {
      for (const id of ring) {
        angle.set(id, 0);
        positions.set(id, { x: 0, y: 0 });
      }
      return;
    }
    const parentAngle = (id: string) => {
      let best = Infinity;
      for (const { other } of adj.out.get(id) ?? []) {
        if (dist.get(other) === d - 1) best = Math.min(best, angle.get(other) ?? Infinity);
      }
      return best;
    };
    const keyed = ring.map((id) => ({ id, key: parentAngle(id), name: name(id) }));
    keyed.sort((a, b) => a.key - b.key || a.name.localeCompare(b.name));
    radius = Math.max(radius + RING_GAP, (keyed.length * MIN_ARC) / (2 * Math.PI));
    const slot = (2 * Math.PI) / keyed.length;
    // Turn the ring so that actors sit as near as they can to the actor they were reached from (the
    // circular mean of the differences); a ring with no such ties is turned a little per ring, so
    // that rings do not line up into spokes.
    let sin = 0;
    let cos = 0;
    keyed.forEach(({ key }, i) => {
      if (!Number.isFinite(key)) return;
      sin += Math.sin(key - i * slot);
      cos += Math.cos(key - i * slot);
    });
    const turn = sin || cos ? Math.atan2(sin, cos) : -Math.PI / 2 + d * 0.4;
    keyed.forEach(({ id }, i) => {
      const a = turn + i * slot;
      angle.set(id, a);
      positions.set(id, { x: Math.round(radius * Math.cos(a)), y: Math.round(radius * Math.sin(a)) });
    });
  });
  return positions;
}
