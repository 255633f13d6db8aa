import { describe, expect, it } from 'vitest';
import { makeLink, makeStory } from '../../tests/builders';
import { createStory } from './story';
import { pairFor, toneSeries } from './toneSeries';

const links = [
  makeLink('threat', { from: 'trump', to: 'petro', at: '2025-01', tone: -6 }),
  makeLink('denial', { from: 'petro', to: 'trump', at: '2025', tone: -2 }),
  makeLink('call', { from: 'trump', to: 'petro', at: '2026-01-10', tone: 5 }),
  makeLink('vance-meets', { from: 'vance', to: 'petro', at: '2026-02-03', tone: 3 }),
  makeLink('office', { from: 'vance', to: 'us', span: ['2025-01-20', null] }),
  makeLink('office2', { from: 'vance', to: 'us', at: '2025-03' }),
  makeLink('gang', { from: 'gang', to: 'colombia', at: '2024' }),
];
const base = makeStory(links);
const story = createStory({ ...base, focusPair: ['trump', 'petro'] });

describe('pairFor', () => {
  it("follows the story's focus pair when nothing is selected", () => {
    expect(pairFor(story, null)).toEqual(['trump', 'petro']);
  });

  it("takes a selected link's two ends", () => {
    expect(pairFor(story, { type: 'link', id: 'vance-meets' })).toEqual(['vance', 'petro']);
  });

  it('pairs a selected actor with the focus actor it has most to do with', () => {
    expect(pairFor(story, { type: 'actor', id: 'vance' })).toEqual(['vance', 'petro']);
    expect(pairFor(story, { type: 'actor', id: 'trump' })).toEqual(['trump', 'petro']);
  });

  it('pairs an actor with no tie to the focus pair with its most linked partner', () => {
    expect(pairFor(story, { type: 'actor', id: 'us' })).toEqual(['us', 'vance']);
  });

  it('uses the most linked pair in a story without a focus pair', () => {
    expect(pairFor(base, null)).toEqual(['petro', 'trump']);
  });
});

describe('toneSeries', () => {
  it("lists the pair's direct links both ways in time order (the shorter period first on a tie), each over its date's period", () => {
    const series = toneSeries(story, ['trump', 'petro']);
    expect(series.map((p) => [p.linkId, p.tone, p.precision])).toEqual([
      ['threat', -6, 'month'],
      ['denial', -2, 'year'],
      ['call', 5, 'day'],
    ]);
  });

  it('is empty for actors with no direct link', () => {
    expect(toneSeries(story, ['gang', 'petro'])).toEqual([]);
  });
});
