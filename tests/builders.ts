/** Builders for tests: small valid stories with only the fields a test cares about. */
import { partialDate } from '../src/domain/dates';
import { createStory } from '../src/domain/story';
import type { Actor, Link, LinkTime, Source, Story } from '../src/domain/types';

export function makeActor(id: string, over: Partial<Actor> = {}): Actor {
  return { id, name: id.toUpperCase(), kind: 'person', aliases: [], sourceIds: [], ...over };
}

export interface LinkSpec extends Partial<Omit<Link, 'time' | 'start' | 'end'>> {
  /** A one-off event at this partial date… */
  at?: string;
  /** …or a span from this date, until `until` (omit for an open span). */
  from?: string;
  to?: string;
  span?: [string, string | null];
}

export function makeLink(id: string, spec: LinkSpec): Link {
  const time: LinkTime = spec.span
    ? {
        type: 'span',
        start: partialDate(spec.span[0]),
        end: spec.span[1] === null ? null : partialDate(spec.span[1]),
      }
    : { type: 'moment', at: partialDate(spec.at ?? '2025-01-01') };
  const start = time.type === 'moment' ? time.at.start : time.start.start;
  const end = time.type === 'moment' ? time.at.end : time.end ? time.end.end : Infinity;
  const { at: _at, span: _span, ...rest } = spec;
  return {
    from: 'a',
    to: 'b',
    kind: 'meeting',
    directed: true,
    tone: 0,
    description: `link ${id}`,
    quotes: [],
    sourceIds: ['s1'],
    status: 'occurred',
    reported: start,
    ...rest,
    id,
    time,
    start,
    end,
  };
}

export const testSource: Source = {
  id: 's1',
  outlet: 'Test Wire',
  title: 'A test article',
  authors: [],
  published: partialDate('2026-02-03'),
};

/** A story whose actors are all the endpoints its links name. */
export function makeStory(links: Link[], actors?: Actor[]): Story {
  const ids = new Set(links.flatMap((l) => [l.from, l.to]));
  return createStory({
    id: 'test',
    title: 'Test story',
    description: 'A story made by a test.',
    sources: [testSource],
    actors: actors ?? [...ids].map((id) => makeActor(id)),
    links,
  });
}

/** A minimal valid story file (the JSON format), for loader and end-to-end tests. */
export function makeStoryFile(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    format: 'nexo-story',
    version: 1,
    id: 'mini',
    title: 'Mini story',
    description: 'Two actors and two links.',
    sources: [{ id: 's1', outlet: 'Test Wire', title: 'A test article', published: '2026-02-03' }],
    actors: [
      { id: 'a', name: 'Ana', kind: 'person' },
      { id: 'b', name: 'Borland', kind: 'country' },
    ],
    links: [
      {
        id: 'l1',
        from: 'a',
        to: 'b',
        kind: 'meeting',
        tone: 3,
        at: '2025-09',
        description: 'They met.',
        sources: ['s1'],
      },
      {
        id: 'l2',
        from: 'b',
        to: 'a',
        kind: 'sanction',
        tone: -8,
        start: '2025-10-24',
        description: 'Sanctions.',
        sources: ['s1'],
      },
    ],
    ...over,
  };
}
