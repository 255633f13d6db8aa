/** Domain → Cytoscape element data. The only place that knows which fields the stylesheet reads. */
import type { ElementDefinition } from 'cytoscape';
import type { Lane } from '../domain/pairLanes';
import type { Actor, Link, Story } from '../domain/types';
import { LINK_FAMILY, LINK_KIND_LABELS, toneBand } from '../domain/vocabulary';
import type { Positions } from './layout';

export function actorElement(
  story: Story,
  actor: Actor,
  positions: Positions,
  parent?: string,
): ElementDefinition {
  return {
    group: 'nodes',
    data: {
      id: actor.id,
      ...(parent ? { parent } : {}),
      label: actor.name,
      kind: actor.kind,
      focus: story.focusPair?.includes(actor.id) ?? false,
    },
    position: { ...(positions.get(actor.id) ?? { x: 0, y: 0 }) },
  };
}

/** Pixels between neighbouring lanes of one pair; pairs with many links get narrower lanes. */
export function laneDistance(lane: Lane | undefined): number {
  if (!lane || lane.count < 2) return 0;
  const step = Math.min(18, 110 / (lane.count - 1));
  return Math.round(lane.offset * step * 10) / 10;
}

export function linkElement(link: Link, lane?: Lane): ElementDefinition {
  return {
    group: 'edges',
    data: {
      id: link.id,
      source: link.from,
      target: link.to,
      kind: link.kind,
      label: LINK_KIND_LABELS[link.kind],
      family: LINK_FAMILY[link.kind],
      tone: toneBand(link.tone),
      directed: link.directed,
      planned: link.status === 'planned',
      bend: laneDistance(lane),
    },
  };
}

/** A box that groups actors (a country in the by-country layout); it is not an actor. */
export function boxElement(id: string, label: string): ElementDefinition {
  return { group: 'nodes', data: { id, label }, classes: 'box', selectable: false, grabbable: false };
}
