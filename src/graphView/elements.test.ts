import { describe, expect, it } from 'vitest';
import { makeLink, makeStory } from '../../tests/builders';
import { pairLanes } from '../domain/pairLanes';
import { laneDistance, linkElement } from './elements';

describe('linkElement', () => {
  const story = makeStory([
    makeLink('first', { from: 'a', to: 'b', at: '2025-01' }),
    makeLink('second', { from: 'a', to: 'b', at: '2025-02' }),
    makeLink('lone', { from: 'a', to: 'c', at: '2025-02' }),
  ]);
  const lanes = pairLanes(story);

  it('bends parallel links into their own lanes, from the whole story', () => {
    const first = linkElement(story.linkById.get('first')!, lanes.get('first')).data;
    const second = linkElement(story.linkById.get('second')!, lanes.get('second')).data;
    expect(first.bend).toBe(-9);
    expect(second.bend).toBe(9);
  });

  it('draws a link with no parallel straight', () => {
    expect(linkElement(story.linkById.get('lone')!, lanes.get('lone')).data.bend).toBe(0);
  });
});

describe('laneDistance', () => {
  it('narrows the lanes of a pair with many links so the fan stays compact', () => {
    expect(laneDistance({ offset: 5, count: 11 })).toBe(55);
    expect(laneDistance({ offset: 1, count: 3 })).toBe(18);
  });
});
