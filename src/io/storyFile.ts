/**
 * The story value written back as a story file (format version 1), so a snapshot can carry the
 * story it shows. Reading the result with `parseStoryJson` gives the same story back.
 */
import type { Link, Story } from '../domain/types';
import { STORY_FORMAT, STORY_FORMAT_VERSION, type StoryFile } from './storySchema';

function linkTime(link: Link): Pick<StoryFile['links'][number], 'at' | 'start' | 'end'> {
  const t = link.time;
  if (t.type === 'moment') return { at: t.at.text };
  return t.end ? { start: t.start.text, end: t.end.text } : { start: t.start.text };
}

export function storyToFile(story: Story): StoryFile {
  return {
    format: STORY_FORMAT,
    version: STORY_FORMAT_VERSION,
    id: story.id,
    title: story.title,
    description: story.description,
    ...(story.focusPair ? { focusPair: [story.focusPair[0], story.focusPair[1]] as [string, string] } : {}),
    sources: story.sources.map((s) => ({
      id: s.id,
      outlet: s.outlet,
      title: s.title,
      authors: [...s.authors],
      published: s.published.text,
      ...(s.url ? { url: s.url } : {}),
      ...(s.note ? { note: s.note } : {}),
    })),
    actors: story.actors.map((a) => ({
      id: a.id,
      name: a.name,
      kind: a.kind,
      aliases: [...a.aliases],
      ...(a.description ? { description: a.description } : {}),
      ...(a.countryId ? { country: a.countryId } : {}),
      sources: [...a.sourceIds],
    })),
    links: story.links.map((l) => ({
      id: l.id,
      from: l.from,
      to: l.to,
      kind: l.kind,
      directed: l.directed,
      tone: l.tone,
      ...linkTime(l),
      status: l.status,
      description: l.description,
      quotes: l.quotes.map((q) => ({ text: q.text, by: q.speakerId, source: q.sourceId })),
      sources: [...l.sourceIds],
    })),
  };
}
