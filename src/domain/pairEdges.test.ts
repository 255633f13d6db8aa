import { describe, expect, it } from 'vitest';
import { makeLink, makeStory } from '../../tests/builders';
import { createPairAggregator, pairIdOf } from './pairEdges';
import { EMPTY_DIFF } from './timeline';

const story = makeStory([
  makeLink('call', { from: 'trump', to: 'petro', tone: 4, at: '2026-01' }),
  makeLink('threat', { from: 'petro', to: 'trump', tone: -6, at: '2026-01-20' }),
  makeLink('meeting', { from: 'trump', to: 'petro', tone: 5, at: '2026-02-03' }),
  makeLink('sanction', { from: 'us', to: 'petro', tone: -8, span: ['2025-10-24', null] }),
]);
const diff = (over: Partial<typeof EMPTY_DIFF>) => ({ ...EMPTY_DIFF, ...over });
const trumpPetro = pairIdOf('trump', 'petro');

describe('createPairAggregator', () => {
  it('draws all links between two actors, either way round, as one edge weighted by their number', () => {
    const pairs = createPairAggregator(story).reset(['call', 'threat', 'sanction']);
    expect(pairs).toHaveLength(2);
    expect(pairs.find((p) => p.id === trumpPetro)).toEqual({
      id: trumpPetro,
      a: 'petro',
      b: 'trump',
      weight: 2,
      tone: -1,
      latestLinkId: 'threat',
    });
  });

  it('reports a pair as entering with its first link, changed as links come and go, left with its last', () => {
    const agg = createPairAggregator(story);
    agg.reset(['sanction']);
    expect(agg.apply(diff({ enteredLinks: ['call'] }))).toEqual({
      entered: [expect.objectContaining({ id: trumpPetro, weight: 1 })],
      left: [],
      changed: [],
    });
    expect(agg.apply(diff({ enteredLinks: ['meeting'], leftLinks: ['sanction'] }))).toEqual({
      entered: [],
      left: [pairIdOf('us', 'petro')],
      changed: [expect.objectContaining({ id: trumpPetro, weight: 2, latestLinkId: 'meeting' })],
    });
    expect(agg.pairOfLink('call')).toBe(trumpPetro);
    expect(agg.apply(diff({ leftLinks: ['call', 'meeting'] }))).toEqual({
      entered: [],
      left: [trumpPetro],
      changed: [],
    });
    expect(agg.pairOfLink('call')).toBeUndefined();
  });

  it('reports a pair whose one link gave way to another in one step as changed, not as leaving and entering', () => {
    const agg = createPairAggregator(story);
    agg.reset(['call']);
    const d = agg.apply(diff({ enteredLinks: ['threat'], leftLinks: ['call'] }));
    expect(d.entered).toEqual([]);
    expect(d.left).toEqual([]);
    expect(d.changed).toEqual([expect.objectContaining({ weight: 1, latestLinkId: 'threat', tone: -6 })]);
  });
});
