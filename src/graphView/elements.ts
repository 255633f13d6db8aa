/** Domain → Cytoscape element data. The only place that knows which fields the stylesheet reads. */
import type { ElementDefinition } from 'cytoscape';
import type { PairEdge } from '../domain/pairEdges';
import type { Actor, Link, Story } from '../domain/types';
import { LINK_FAMILY, LINK_KIND_LABELS, toneBand } from '../domain/vocabulary';
import type { Positions } from './layout';

export function actorElement(story: Story, actor: Actor, positions: Positions): ElementDefinition {
  return {
    group: 'nodes',
    data: {
      id: actor.id,
      label: actor.name,
      kind: actor.kind,
      focus: story.focusPair?.includes(actor.id) ?? false,
    },
    position: { ...(positions.get(actor.id) ?? { x: 0, y: 0 }) },
  };
}

export function linkElement(link: Link): ElementDefinition {
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
    },
  };
}

/** One edge for all the links visible between two actors; `link` is the latest, picked on a tap. */
export function pairElement(pair: PairEdge): ElementDefinition {
  return {
    group: 'edges',
    data: {
      id: pair.id,
      source: pair.a,
      target: pair.b,
      weight: pair.weight,
      tone: toneBand(pair.tone),
      link: pair.latestLinkId,
    },
  };
}
