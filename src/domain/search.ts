/**
 * Finding actors by name or alias, the way a reader types: case, accents and punctuation do not
 * matter ("garcia pena" finds "Daniel García-Peña"), every word typed must match the start of a
 * word in the name (or, failing that, occur inside it), and better matches come first.
 */
import type { Actor, Story } from './types';

/** Lower case, without accents, with every run of non-letters and non-digits made one space. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export interface ActorSearchIndex {
  readonly entries: readonly { readonly actor: Actor; readonly names: readonly NormalisedName[] }[];
}

interface NormalisedName {
  readonly text: string;
  readonly words: readonly string[];
  /** True for the actor's own name, false for an alias (aliases rank slightly lower). */
  readonly primary: boolean;
}

export function buildActorSearchIndex(story: Story): ActorSearchIndex {
  return {
    entries: story.actors.map((actor) => ({
      actor,
      names: [actor.name, ...actor.aliases].map((name, i) => {
        const text = normaliseText(name);
        return { text, words: text.split(' ').filter(Boolean), primary: i === 0 };
      }),
    })),
  };
}

export interface ActorMatch {
  readonly actor: Actor;
  /** The name or alias that matched best, as written in the story. */
  readonly matched: string;
  /** Higher is better. */
  readonly score: number;
}

// Score bands: the whole name typed, the name's start typed, every word a word start, anywhere.
const EXACT = 400;
const PREFIX = 300;
const WORDS = 200;
const INSIDE = 100;

function scoreName(name: NormalisedName, query: string, tokens: readonly string[]): number {
  if (!name.text) return 0;
  let score: number;
  if (name.text === query) score = EXACT;
  else if (name.text.startsWith(query)) score = PREFIX;
  else if (tokens.every((t) => name.words.some((w) => w.startsWith(t)))) score = WORDS;
  else if (tokens.every((t) => name.text.includes(t))) score = INSIDE;
  else return 0;
  // Within a band: the own name before an alias, then the shorter (closer) name.
  return score + (name.primary ? 50 : 0) + Math.max(0, 40 - (name.text.length - query.length));
}

/** Actors whose name or an alias matches the query, best first (ties by name). */
export function searchActors(index: ActorSearchIndex, query: string, limit = 10): ActorMatch[] {
  const q = normaliseText(query);
  if (!q) return [];
  const tokens = q.split(' ');
  const matches: ActorMatch[] = [];
  for (const { actor, names } of index.entries) {
    let best = 0;
    let matched = actor.name;
    names.forEach((name, i) => {
      const s = scoreName(name, q, tokens);
      if (s > best) {
        best = s;
        matched = i === 0 ? actor.name : actor.aliases[i - 1]!;
      }
    });
    if (best > 0) matches.push({ actor, matched, score: best });
  }
  matches.sort((a, b) => b.score - a.score || a.actor.name.localeCompare(b.actor.name));
  return matches.slice(0, limit);
}
