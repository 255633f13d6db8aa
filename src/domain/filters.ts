/**
 * Filters over the story: by actor kind, link kind, tone band and source. Each facet lists the values
 * the reader has switched OFF, so an empty filter shows everything and a story with new values shows
 * them by default. A filter becomes a predicate for the visible graph, and facet counts say how many
 * things at the current time carry each value (before any filter), so switching a value off tells
 * the reader what it hides.
 */
import type { Actor, Link, Story } from './types';
import { toneBand, type ActorKind, type LinkKind, type ToneBand } from './vocabulary';

export const FACETS = ['actorKind', 'linkKind', 'tone', 'source'] as const;
export type Facet = (typeof FACETS)[number];

export interface Filters {
  readonly actorKind: readonly ActorKind[];
  readonly linkKind: readonly LinkKind[];
  readonly tone: readonly ToneBand[];
  /** Source ids; a link is hidden only when every source that reports it is switched off. */
  readonly source: readonly string[];
}

export const NO_FILTERS: Filters = { actorKind: [], linkKind: [], tone: [], source: [] };

export function isFiltering(f: Filters): boolean {
  return FACETS.some((facet) => f[facet].length > 0);
}

/** Switches one value of a facet on or off. */
export function toggleFilterValue(f: Filters, facet: Facet, value: string): Filters {
  const hidden = f[facet] as readonly string[];
  const next = hidden.includes(value) ? hidden.filter((v) => v !== value) : [...hidden, value];
  return { ...f, [facet]: next };
}

export interface GraphPredicates {
  readonly link: (link: Link) => boolean;
  readonly actor: (actor: Actor) => boolean;
}

export function filterPredicates(f: Filters): GraphPredicates {
  const actorKinds = new Set<string>(f.actorKind);
  const linkKinds = new Set<string>(f.linkKind);
  const tones = new Set<string>(f.tone);
  const sources = new Set(f.source);
  return {
    actor: (a) => !actorKinds.has(a.kind),
    link: (l) =>
      !linkKinds.has(l.kind) &&
      !tones.has(toneBand(l.tone)) &&
      (sources.size === 0 || l.sourceIds.length === 0 || l.sourceIds.some((s) => !sources.has(s))),
  };
}

/** One predicate over links: the link passes and so do both of its actors. */
export function linkPassesFilters(story: Story, f: Filters): (link: Link) => boolean {
  const p = filterPredicates(f);
  return (l) => {
    if (!p.link(l)) return false;
    const from = story.actorById.get(l.from);
    const to = story.actorById.get(l.to);
    return !!from && !!to && p.actor(from) && p.actor(to);
  };
}

export type FacetCounts = Record<Facet, ReadonlyMap<string, number>>;

/**
 * How many actors (for actor kinds) or links (for the other facets) among those given carry each
 * value. A link reported by two sources counts once for each.
 */
export function facetCounts(
  story: Story,
  linkIds: Iterable<string>,
  actorIds: Iterable<string>,
): FacetCounts {
  const counts: Record<Facet, Map<string, number>> = {
    actorKind: new Map(),
    linkKind: new Map(),
    tone: new Map(),
    source: new Map(),
  };
  const bump = (facet: Facet, value: string) => counts[facet].set(value, (counts[facet].get(value) ?? 0) + 1);
  for (const id of actorIds) {
    const a = story.actorById.get(id);
    if (a) bump('actorKind', a.kind);
  }
  for (const id of linkIds) {
    const l = story.linkById.get(id);
    if (!l) continue;
    bump('linkKind', l.kind);
    bump('tone', toneBand(l.tone));
    for (const s of l.sourceIds) bump('source', s);
  }
  return counts;
}
