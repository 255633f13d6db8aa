import { describe, expect, it } from 'vitest';
import { parseStoryJson } from '../../src/io/loadStory';
import { generateStory } from '../bench/generateStory';

describe('generateStory (benchmark stories)', () => {
  it('writes stories the loader accepts without a single problem', () => {
    for (const [actors, links] of [
      [50, 120],
      [1000, 4000],
    ] as const) {
      const result = parseStoryJson(generateStory({ actors, links, seed: actors }));
      if (!result.ok) expect(result.problems.slice(0, 5)).toEqual([]);
      expect(result.ok).toBe(true);
      if (result.ok) {
        expect(result.value.actors).toHaveLength(actors);
        expect(result.value.links).toHaveLength(links);
      }
    }
  });

  it('gives the same story for the same seed and another for another seed', () => {
    const a = JSON.stringify(generateStory({ actors: 200, links: 800, seed: 1 }));
    expect(JSON.stringify(generateStory({ actors: 200, links: 800, seed: 1 }))).toBe(a);
    expect(JSON.stringify(generateStory({ actors: 200, links: 800, seed: 2 }))).not.toBe(a);
  });

  it('looks like event data: hubs, repeated pairs, events and open and closed spans over months', () => {
    const result = parseStoryJson(generateStory({ actors: 2000, links: 8000 }));
    if (!result.ok) throw new Error('invalid');
    const story = result.value;
    const degree = new Map<string, number>();
    const perPair = new Map<string, number>();
    for (const l of story.links) {
      degree.set(l.from, (degree.get(l.from) ?? 0) + 1);
      degree.set(l.to, (degree.get(l.to) ?? 0) + 1);
      const key = [l.from, l.to].sort().join(' ');
      perPair.set(key, (perPair.get(key) ?? 0) + 1);
    }
    const degrees = [...degree.values()].sort((x, y) => y - x);
    const mean = (2 * story.links.length) / story.actors.length;
    expect(degree.size).toBe(story.actors.length); // nobody is left without a link
    expect(degrees[0]!).toBeGreaterThan(20 * mean);
    expect(Math.max(...perPair.values())).toBeGreaterThan(10);
    expect(story.links.length / perPair.size).toBeGreaterThan(1.5);
    const moments = story.links.filter((l) => l.time.type === 'moment').length;
    const open = story.links.filter((l) => l.end === Infinity).length;
    expect(moments / story.links.length).toBeGreaterThan(0.5);
    expect(open).toBeGreaterThan(0);
    expect(story.links.length - moments - open).toBeGreaterThan(0);
    expect(story.extent.end - story.extent.start).toBeGreaterThan(180 * 86_400_000);
  });
});
