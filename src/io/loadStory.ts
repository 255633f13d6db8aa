/**
 * Reading a story: parse → validate (schema, then cross-references) → normalise into the domain value.
 * Every problem is reported with where it is; a story with any problem loads nothing.
 */
import { partialDate } from '../domain/dates';
import { createStory } from '../domain/story';
import type { Actor, Link, LinkTime, Source, Story } from '../domain/types';
import type { Problem, Result } from './problems';
import type { z } from 'zod';
import { actorSchema, linkSchema, sourceSchema, storyEnvelopeSchema, type StoryFile } from './storySchema';

/** Largest story file accepted, in characters (a story of 100k links is about 40 MB). */
export const MAX_STORY_CHARS = 200_000_000;

export function parseStoryText(text: string): Result<Story> {
  const json = parseJsonText(text);
  return json.ok ? parseStoryJson(json.value) : json;
}

/** JSON.parse for a file a person chose: too large or malformed text is a problem with its place. */
export function parseJsonText(text: string): Result<unknown> {
  if (text.length > MAX_STORY_CHARS) {
    return fail('', `the file is too large (${text.length} characters; at most ${MAX_STORY_CHARS})`);
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    return { ok: false, problems: [jsonProblem(text, e)] };
  }
}

export function parseStoryJson(json: unknown): Result<Story> {
  // Parse the envelope and then each item on its own, so that one bad item does not hide the
  // problems of the others, and cross-references are checked among the items that did parse.
  const envelope = storyEnvelopeSchema.safeParse(json);
  const problems: Problem[] = [];
  const issuesAt = (prefix: readonly PropertyKey[], issues: readonly z.core.$ZodIssue[]) => {
    for (const issue of issues) {
      problems.push({ where: describePath(json, [...prefix, ...issue.path]), message: issue.message });
    }
  };
  if (!envelope.success) {
    issuesAt([], envelope.error.issues);
    return { ok: false, problems };
  }
  // Items that failed keep their place as undefined, so later problems still name the right index.
  const items = <T>(key: 'sources' | 'actors' | 'links', schema: z.ZodType<T>): (T | undefined)[] =>
    envelope.data[key].map((raw, i) => {
      const r = schema.safeParse(raw);
      if (r.success) return r.data;
      issuesAt([key, i], r.error.issues);
      return undefined;
    });
  const file: CheckedFile = {
    ...envelope.data,
    sources: items('sources', sourceSchema),
    actors: items('actors', actorSchema),
    links: items('links', linkSchema),
  };
  problems.push(...crossCheck(file, envelope.data));
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: normalise(file as StoryFile) };
}

function fail(where: string, message: string): Result<never> {
  return { ok: false, problems: [{ where, message }] };
}

function jsonProblem(text: string, e: unknown): Problem {
  const message = e instanceof Error ? e.message : String(e);
  const pos = /position (\d+)/.exec(message);
  if (pos) {
    const offset = Number(pos[1]);
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    return {
      where: `line ${line}, column ${column}`,
      message: `not valid JSON (${cleanJsonMessage(message)})`,
    };
  }
  return { where: '', message: `not valid JSON (${cleanJsonMessage(message)})` };
}

function cleanJsonMessage(message: string): string {
  return message.replace(/\s*in JSON at position \d+.*$/, '').replace(/^JSON\.parse: /, '');
}

/** "links[3] (visa-revoked).end" — the index plus the item's id, so a person can find it. */
export function describePath(root: unknown, path: readonly PropertyKey[]): string {
  let out = '';
  let node: unknown = root;
  for (const key of path) {
    if (typeof key === 'number') {
      out += `[${key}]`;
      node = Array.isArray(node) ? node[key] : undefined;
      const itemId =
        node && typeof node === 'object' && 'id' in node ? (node as { id: unknown }).id : undefined;
      if (typeof itemId === 'string') out += ` (${itemId})`;
    } else {
      out += (out ? '.' : '') + String(key);
      node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    }
  }
  return out;
}

type Holes<T> = (T | undefined)[];
interface CheckedFile extends Omit<StoryFile, 'sources' | 'actors' | 'links'> {
  sources: Holes<StoryFile['sources'][number]>;
  actors: Holes<StoryFile['actors'][number]>;
  links: Holes<StoryFile['links'][number]>;
}

const rawId = (raw: unknown) =>
  raw && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'string'
    ? (raw as { id: string }).id
    : undefined;

function crossCheck(file: CheckedFile, raw: Record<'sources' | 'actors' | 'links', unknown[]>): Problem[] {
  const problems: Problem[] = [];
  const at = (list: string, i: number, itemId: string, field?: string) =>
    `${list}[${i}] (${itemId})${field ? '.' + field : ''}`;

  const uniqueIds = (list: 'sources' | 'actors' | 'links') => {
    const seen = new Map<string, number>();
    raw[list].forEach((item, i) => {
      const id = rawId(item);
      if (id === undefined) return;
      const first = seen.get(id);
      if (first !== undefined) {
        problems.push({
          where: at(list, i, id, 'id'),
          message: `duplicate id: ${list}[${first}] has it too`,
        });
      } else seen.set(id, i);
    });
    return seen;
  };
  const sources = uniqueIds('sources');
  const actors = uniqueIds('actors');
  uniqueIds('links');

  const needSource = (where: string, sid: string) => {
    if (!sources.has(sid)) problems.push({ where, message: `"${sid}" is not the id of a source` });
  };
  const needActor = (where: string, aid: string) => {
    if (!actors.has(aid)) problems.push({ where, message: `"${aid}" is not the id of an actor` });
  };

  file.actors.forEach((a, i) => {
    if (!a) return;
    a.sources.forEach((s, j) => needSource(at('actors', i, a.id, `sources[${j}]`), s));
    if (a.country !== undefined) {
      const where = at('actors', i, a.id, 'country');
      const c = actors.get(a.country);
      if (c === undefined) needActor(where, a.country);
      else {
        const kind = file.actors[c]?.kind;
        if (kind && kind !== 'country') {
          problems.push({ where, message: `"${a.country}" is not a country (it is a ${kind})` });
        }
      }
    }
  });

  // References are checked even on links that failed the schema, as far as their raw fields allow.
  raw.links.forEach((item, i) => {
    if (file.links[i] !== undefined) return;
    const r = (item ?? {}) as Record<string, unknown>;
    const id = rawId(item) ?? '?';
    for (const end of ['from', 'to'] as const) {
      const value = r[end];
      if (typeof value === 'string') needActor(at('links', i, id, end), value);
    }
    if (Array.isArray(r.sources)) {
      r.sources.forEach(
        (s, j) => typeof s === 'string' && needSource(at('links', i, id, `sources[${j}]`), s),
      );
    }
  });

  file.links.forEach((l, i) => {
    if (!l) return;
    needActor(at('links', i, l.id, 'from'), l.from);
    needActor(at('links', i, l.id, 'to'), l.to);
    if (l.from === l.to)
      problems.push({ where: at('links', i, l.id, 'to'), message: 'a link cannot join an actor to itself' });
    l.sources.forEach((s, j) => needSource(at('links', i, l.id, `sources[${j}]`), s));
    l.quotes.forEach((q, j) => {
      needActor(at('links', i, l.id, `quotes[${j}].by`), q.by);
      needSource(at('links', i, l.id, `quotes[${j}].source`), q.source);
      if (!l.sources.includes(q.source)) {
        problems.push({
          where: at('links', i, l.id, `quotes[${j}].source`),
          message: `the quote's source "${q.source}" must also be among the link's sources`,
        });
      }
    });
    if (l.start !== undefined && l.end != null) {
      const s = partialDate(l.start);
      const e = partialDate(l.end);
      if (e.end <= s.start) {
        problems.push({
          where: at('links', i, l.id, 'end'),
          message: `ends (${l.end}) before it starts (${l.start})`,
        });
      }
    }
  });

  file.focusPair?.forEach((aid, i) => needActor(`focusPair[${i}]`, aid));
  return problems;
}

function normalise(file: StoryFile): Story {
  const sources: Source[] = file.sources.map((s) => ({
    id: s.id,
    outlet: s.outlet,
    title: s.title,
    authors: s.authors,
    published: partialDate(s.published),
    ...(s.url ? { url: s.url } : {}),
    ...(s.note ? { note: s.note } : {}),
  }));
  const published = new Map(sources.map((s) => [s.id, s.published]));
  const actors: Actor[] = file.actors.map((a) => ({
    id: a.id,
    name: a.name,
    kind: a.kind,
    aliases: a.aliases,
    ...(a.description ? { description: a.description } : {}),
    ...(a.country ? { countryId: a.country } : {}),
    sourceIds: a.sources,
  }));
  const links: Link[] = file.links.map((l) => {
    const time: LinkTime =
      l.at !== undefined
        ? { type: 'moment', at: partialDate(l.at) }
        : { type: 'span', start: partialDate(l.start!), end: l.end ? partialDate(l.end) : null };
    const reported = Math.min(...l.sources.map((s) => published.get(s)!.end));
    const start = time.type === 'moment' ? time.at.start : time.start.start;
    // A thing that occurred cannot have happened after it was first reported: an event dated only
    // "2026" in an article of 3 Feb 2026 lies within 1 Jan–3 Feb, so it stops there on the timeline.
    const momentEnd = (end: number) =>
      l.status === 'occurred' ? Math.max(start + 1, Math.min(end, reported)) : end;
    const end = time.type === 'moment' ? momentEnd(time.at.end) : time.end ? time.end.end : Infinity;
    return {
      id: l.id,
      from: l.from,
      to: l.to,
      kind: l.kind,
      directed: l.directed,
      tone: l.tone,
      description: l.description,
      quotes: l.quotes.map((q) => ({ text: q.text, speakerId: q.by, sourceId: q.source })),
      sourceIds: l.sources,
      time,
      status: l.status,
      start,
      end,
      reported: Math.min(...l.sources.map((s) => published.get(s)!.start)),
    };
  });
  return createStory({
    id: file.id,
    title: file.title,
    description: file.description,
    ...(file.focusPair ? { focusPair: file.focusPair } : {}),
    sources,
    actors,
    links,
  });
}
