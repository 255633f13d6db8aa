import { describe, expect, it } from 'vitest';
import { makeLink, makeStory } from '../../tests/builders';
import { pairLanes } from './pairLanes';

describe('pairLanes', () => {
  it('draws a lone link on the straight line', () => {
    const lanes = pairLanes(makeStory([makeLink('only', { from: 'a', to: 'b' })]));
    expect(lanes.get('only')).toEqual({ offset: 0, count: 1 });
  });

  it('spreads parallel links around the line in time order, whichever way they point', () => {
    const lanes = pairLanes(
      makeStory([
        makeLink('third', { from: 'a', to: 'b', at: '2025-03' }),
        makeLink('first', { from: 'a', to: 'b', at: '2025-01' }),
        makeLink('second', { from: 'b', to: 'a', at: '2025-02' }),
        makeLink('elsewhere', { from: 'a', to: 'c', at: '2025-02' }),
      ]),
    );
    expect(lanes.get('first')?.offset).toBe(-1);
    // b → a is drawn in the a → b frame: its offset is negated so it lands in the middle lane.
    expect(lanes.get('second')?.offset).toBe(0);
    expect(lanes.get('third')).toEqual({ offset: 1, count: 3 });
    expect(lanes.get('elsewhere')).toEqual({ offset: 0, count: 1 });
  });

  it('puts two links that point opposite ways on opposite sides of the line', () => {
    const lanes = pairLanes(
      makeStory([
        makeLink('ab', { from: 'a', to: 'b', at: '2025-01' }),
        makeLink('ba', { from: 'b', to: 'a', at: '2025-02' }),
      ]),
    );
    // Each offset is in its own link's frame, and b → a's frame is a → b's turned round.
    expect(lanes.get('ab')?.offset).toBe(-0.5);
    expect(lanes.get('ba')?.offset).toBe(-0.5);
  });
});
