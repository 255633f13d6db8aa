import type { Actor, Link, Source, Story } from './types';

export interface StoryParts {
  id: string;
  title: string;
  description: string;
  focusPair?: readonly [string, string];
  sources: readonly Source[];
  actors: readonly Actor[];
  links: readonly Link[];
}

/** Assembles a story value with its lookups and time extent. Inputs must already be valid. */
export function createStory(parts: StoryParts): Story {
  let start = Infinity;
  let end = -Infinity;
  for (const link of parts.links) {
    start = Math.min(start, link.start);
    end = Math.max(end, Number.isFinite(link.end) ? link.end : link.start);
  }
  if (!Number.isFinite(start)) {
    start = 0;
    end = 0;
  }
  return {
    ...parts,
    actorById: new Map(parts.actors.map((a) => [a.id, a])),
    linkById: new Map(parts.links.map((l) => [l.id, l])),
    sourceById: new Map(parts.sources.map((s) => [s.id, s])),
    extent: { start, end },
  };
}

/** The links an actor takes part in, in time order. */
export function linksOfActor(story: Story, actorId: string): Link[] {
  return story.links
    .filter((l) => l.from === actorId || l.to === actorId)
    .sort((a, b) => a.start - b.start || a.id.localeCompare(b.id));
}
