/**
 * The temperature of a relationship: the tone of every direct link between two actors, in time order.
 *
 * Which pair: a selected link's two ends; a selected actor with the story's focus actor it has the most
 * direct links with (its most linked partner when it has none with either); otherwise the story's
 * focus pair, or, when the story names none, the pair with the most direct links.
 */
import type { PartialDate, Precision } from './dates';
import { linkStartDate } from './histogram';
import type { Story } from './types';

export type Pair = readonly [string, string];

export interface TonePoint {
  readonly linkId: string;
  readonly tone: number;
  /** The period the link's start date covers, [start, end): a month-precise event covers its month. */
  readonly start: number;
  readonly end: number;
  readonly precision: Precision;
  readonly date: PartialDate;
}

type Chosen = { readonly type: 'actor' | 'link'; readonly id: string } | null;

const pairKey = (a: string, b: string) => (a < b ? `${a}\n${b}` : `${b}\n${a}`);

function partnerCounts(story: Story, actor: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const l of story.links) {
    const other = l.from === actor ? l.to : l.to === actor ? l.from : null;
    if (other !== null && other !== actor) counts.set(other, (counts.get(other) ?? 0) + 1);
  }
  return counts;
}

function mostLinkedPair(story: Story): Pair | null {
  const counts = new Map<string, number>();
  let best: { key: string; n: number } | null = null;
  for (const l of story.links) {
    if (l.from === l.to) continue;
    const key = pairKey(l.from, l.to);
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    if (!best || n > best.n || (n === best.n && key < best.key)) best = { key, n };
  }
  if (!best) return null;
  const [a, b] = best.key.split('\n') as [string, string];
  return [a, b];
}

export function pairFor(story: Story, chosen: Chosen): Pair | null {
  const focus = story.focusPair;
  if (chosen?.type === 'link') {
    const link = story.linkById.get(chosen.id);
    if (link && link.from !== link.to) return [link.from, link.to];
  }
  if (chosen?.type === 'actor' && story.actorById.has(chosen.id)) {
    const actor = chosen.id;
    if (focus?.includes(actor)) return focus;
    const counts = partnerCounts(story, actor);
    if (focus) {
      const [a, b] = focus;
      const na = counts.get(a) ?? 0;
      const nb = counts.get(b) ?? 0;
      if (na + nb > 0) return [actor, nb > na ? b : a];
    }
    let best: [string, number] | null = null;
    for (const [other, n] of counts) {
      if (!best || n > best[1] || (n === best[1] && other < best[0])) best = [other, n];
    }
    if (best) return [actor, best[0]];
  }
  return focus ?? mostLinkedPair(story);
}

export function toneSeries(story: Story, pair: Pair): TonePoint[] {
  const [a, b] = pair;
  return story.links
    .filter((l) => (l.from === a && l.to === b) || (l.from === b && l.to === a))
    .map((l) => {
      const date = linkStartDate(l);
      return {
        linkId: l.id,
        tone: l.tone,
        start: date.start,
        end: date.end,
        precision: date.precision,
        date,
      };
    })
    .sort((x, y) => x.start - y.start || x.end - y.end || x.linkId.localeCompare(y.linkId));
}
