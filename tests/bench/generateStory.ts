/**
 * A seeded generator of synthetic stories in the story file format, for the benchmark. Shaped like
 * event data rather than a random graph: a few actors take part in most links (Zipf-skewed degrees),
 * pairs of actors meet again and again (many events per pair, also skewed), most links are one-off
 * events and the rest spans (some still open), spread over months. The same seed gives the same file.
 */
import { seededRandom } from '../../src/domain/random';
import { LINK_KINDS, type ActorKind, type LinkKind } from '../../src/domain/vocabulary';

export interface GenerateOptions {
  actors: number;
  links: number;
  seed?: number;
  /** First day of the story (UTC, YYYY-MM-DD) and how many days it runs. */
  startDay?: string;
  days?: number;
}

/** Draws indexes 0…n-1 with probability ∝ 1/(i+1)^s: index 0 is the hub, the tail is long. */
function zipf(n: number, s: number, random: () => number): () => number {
  const cumulative = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) cumulative[i] = sum += 1 / Math.pow(i + 1, s);
  return () => {
    const x = random() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

const DAY_MS = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const isoMonth = (ms: number) => new Date(ms).toISOString().slice(0, 7);

// Roughly the mix of kinds in news event data: many people and government bodies, few places.
const ACTOR_MIX: readonly [ActorKind, number][] = [
  ['person', 45],
  ['government', 15],
  ['company', 10],
  ['country', 5],
  ['party', 5],
  ['organisation', 6],
  ['armed-group', 3],
  ['media', 4],
  ['university', 2],
  ['place', 2],
  ['group', 3],
];
const SPAN_KINDS: readonly LinkKind[] = [
  'office-held',
  'member-of',
  'sanction',
  'designation',
  'cooperation',
  'agreement',
  'located-in',
];
const EVENT_KINDS = LINK_KINDS.filter((k) => !SPAN_KINDS.includes(k) || k === 'agreement');
const UNDIRECTED: ReadonlySet<LinkKind> = new Set(['meeting', 'phone-call', 'family', 'agreement']);
const TONE: Partial<Record<LinkKind, number>> = {
  'military-action': -9,
  sanction: -8,
  'military-threat': -7,
  'tariff-threat': -6,
  'visa-revocation': -6,
  designation: -6,
  threat: -5,
  accusation: -4,
  criticism: -3,
  denial: -2,
  meeting: 4,
  'phone-call': 3,
  visit: 4,
  invitation: 4,
  praise: 5,
  gift: 5,
  cooperation: 6,
  agreement: 7,
};

function pick<T>(items: readonly (readonly [T, number])[], random: () => number): T {
  let x = random() * items.reduce((s, [, w]) => s + w, 0);
  for (const [item, w] of items) if ((x -= w) < 0) return item;
  return items[items.length - 1]![0];
}

/** A story file (plain JSON value) with `actors` actors and `links` links. */
export function generateStory(options: GenerateOptions): Record<string, unknown> {
  const { actors: actorCount, links: linkCount, seed = 7, startDay = '2025-01-01', days = 365 } = options;
  if (actorCount < 2) throw new Error('a story needs at least 2 actors');
  const random = seededRandom(seed);
  const start = Date.parse(`${startDay}T00:00:00Z`);

  const actors = Array.from({ length: actorCount }, (_, i) => {
    const kind = pick(ACTOR_MIX, random);
    return { id: `a${i}`, name: `${kind === 'person' ? 'Person' : kind} ${i}`, kind };
  });

  // Sources: one a week, each citing what happened up to its publication.
  const weeks = Math.ceil(days / 7) + 20;
  const sources = Array.from({ length: weeks }, (_, w) => ({
    id: `s${w}`,
    outlet: ['Wire', 'Daily', 'Herald', 'Post'][w % 4]!,
    title: `Week ${w} in review`,
    published: isoDay(start + (w * 7 + 6) * DAY_MS),
  }));

  // Pairs: every actor joins at least one pair, partners drawn with skew (hubs meet everyone).
  const hub = zipf(actorCount, 1.05, random);
  const pairCount = Math.max(Math.min(actorCount, linkCount), Math.round(linkCount / 3));
  const pairs: [number, number][] = [];
  for (let i = 0; i < pairCount; i++) {
    const a = i < actorCount ? i : hub();
    let b = hub();
    if (b === a) b = (a + 1 + Math.floor(random() * (actorCount - 1))) % actorCount;
    pairs.push(random() < 0.5 ? [a, b] : [b, a]);
  }
  // Shuffle so pair popularity is not tied to actor number, then draw pairs with skew.
  for (let i = pairs.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [pairs[i], pairs[j]] = [pairs[j]!, pairs[i]!];
  }
  const pairOf = zipf(pairs.length, 0.8, random);

  const links = [];
  for (let i = 0; i < linkCount; i++) {
    // The first pass visits every pair once, so no actor is left without a link.
    const [from, to] = pairs[i < pairs.length ? i : pairOf()]!;
    const day = Math.floor(random() * days);
    const isSpan = random() < 0.3;
    const kind = isSpan
      ? SPAN_KINDS[Math.floor(random() * SPAN_KINDS.length)]!
      : EVENT_KINDS[Math.floor(random() * EVENT_KINDS.length)]!;
    const when = start + day * DAY_MS;
    const time: Record<string, string | null> = {};
    let lastDay = day;
    if (!isSpan) {
      // A few events are known only to the month, as in real reporting.
      time.at = random() < 0.1 ? isoMonth(when) : isoDay(when);
      if (time.at.length === 7) lastDay = day + 31;
    } else {
      time.start = isoDay(when);
      if (random() < 0.5) {
        const length = 1 + Math.floor(random() * 120);
        time.end = isoDay(when + length * DAY_MS);
      } else time.end = null;
    }
    const tone = Math.max(-10, Math.min(10, (TONE[kind] ?? 0) + Math.round((random() - 0.5) * 4)));
    const firstSource = Math.min(weeks - 1, Math.floor(lastDay / 7) + 1);
    const sourceIds = [`s${firstSource}`];
    if (random() < 0.3 && firstSource + 1 < weeks) sourceIds.push(`s${firstSource + 1}`);
    links.push({
      id: `l${i}`,
      from: actors[from]!.id,
      to: actors[to]!.id,
      kind,
      ...(UNDIRECTED.has(kind) ? { directed: false } : {}),
      tone,
      ...time,
      ...(random() < 0.05 ? { status: 'planned' } : {}),
      description: `${kind} between ${actors[from]!.name} and ${actors[to]!.name}`,
      sources: sourceIds,
    });
  }

  return {
    format: 'nexo-story',
    version: 1,
    id: `synthetic-${actorCount}-${linkCount}-${seed}`,
    title: `Synthetic story: ${actorCount.toLocaleString('en')} actors, ${linkCount.toLocaleString('en')} links`,
    description: `Generated for the benchmark with seed ${seed}.`,
    sources,
    actors,
    links,
  };
}
