import { describe, expect, it } from 'vitest';
import { makeLink, makeStory } from '../../tests/builders';
import { findPaths, neighbourhood } from './paths';

// roa —(Feb 2)— delegation —(Feb 3)— trump; roa —(2025)— ecopetrol —(Mar 2026)— trump;
// petro sits between trump and delegation too, met trump early and the delegation late.
const story = makeStory([
  makeLink('roa-delegation', { from: 'roa', to: 'delegation', at: '2026-02-02' }),
  makeLink('delegation-trump', { from: 'delegation', to: 'trump', at: '2026-02-03' }),
  makeLink('roa-ecopetrol', { from: 'roa', to: 'ecopetrol', at: '2025' }),
  makeLink('ecopetrol-trump', { from: 'ecopetrol', to: 'trump', at: '2026-03' }),
  makeLink('petro-delegation', { from: 'petro', to: 'delegation', at: '2026-02-02' }),
  makeLink('trump-petro-call', { from: 'trump', to: 'petro', at: '2026-01' }),
  makeLink('trump-petro-meeting', { from: 'trump', to: 'petro', at: '2026-02-03' }),
  makeLink('maduro-venezuela', { from: 'maduro', to: 'venezuela', at: '2026-01' }),
]);
const all = story.links.map((l) => l.id);
const without = (...ids: string[]) => all.filter((id) => !ids.includes(id));

describe('findPaths', () => {
  it('finds every shortest path, whatever the direction of the links', () => {
    const r = findPaths(story, all, 'trump', 'roa');
    expect(r.type).toBe('found');
    if (r.type !== 'found') return;
    expect(r.hops).toBe(2);
    expect(r.routes.map((x) => x.actors)).toEqual([
      ['trump', 'delegation', 'roa'],
      ['trump', 'ecopetrol', 'roa'],
    ]);
    expect(r.links).toEqual(
      new Set(['delegation-trump', 'roa-delegation', 'ecopetrol-trump', 'roa-ecopetrol']),
    );
  });

  it('groups parallel links between the same two actors into one route', () => {
    const r = findPaths(story, all, 'petro', 'trump');
    if (r.type !== 'found') throw new Error(r.type);
    expect(r.hops).toBe(1);
    expect(r.routes).toEqual([
      { actors: ['petro', 'trump'], steps: [['trump-petro-call', 'trump-petro-meeting']] },
    ]);
  });

  it('keeps only paths that run forward in time when asked', () => {
    const r = findPaths(story, all, 'roa', 'trump', { forwardInTime: true });
    if (r.type !== 'found') throw new Error(r.type);
    expect(r.routes.map((x) => x.actors)).toEqual([
      ['roa', 'delegation', 'trump'],
      ['roa', 'ecopetrol', 'trump'],
    ]);
    // From Trump the other way, every walk breaks: he met the delegation and Petro only after Roa joined.
    const back = findPaths(story, without('ecopetrol-trump', 'trump-petro-call'), 'trump', 'roa', {
      forwardInTime: true,
    });
    expect(back.type).toBe('no-path');
  });

  it('takes a longer path when the short one runs backwards in time', () => {
    // trump → petro (Jan) → delegation (Feb 2) → roa (Feb 2) is forward; trump → delegation (Feb 3)
    // → roa (Feb 2) is not.
    const r = findPaths(story, without('roa-ecopetrol'), 'trump', 'roa', { forwardInTime: true });
    if (r.type !== 'found') throw new Error(r.type);
    expect(r.hops).toBe(3);
    expect(r.paths).toEqual([
      {
        actors: ['trump', 'petro', 'delegation', 'roa'],
        links: ['trump-petro-call', 'petro-delegation', 'roa-delegation'],
      },
    ]);
  });

  it('follows the direction of links only when asked', () => {
    expect(findPaths(story, all, 'trump', 'roa', { directed: true }).type).toBe('no-path');
    const r = findPaths(story, all, 'roa', 'trump', { directed: true });
    expect(r.type === 'found' && r.hops).toBe(2);
  });

  it('says clearly when there is no path, or when an actor is not on the graph', () => {
    expect(findPaths(story, all, 'roa', 'maduro')).toEqual({ type: 'no-path' });
    expect(findPaths(story, without('maduro-venezuela'), 'roa', 'maduro')).toEqual({
      type: 'not-shown',
      missing: ['maduro'],
    });
    expect(findPaths(story, all, 'roa', 'roa')).toEqual({ type: 'same-actor' });
  });

  it('lists at most the limit and says so', () => {
    const r = findPaths(story, all, 'trump', 'roa', { limit: 1 });
    expect(r.type === 'found' && [r.paths.length, r.truncated]).toEqual([1, true]);
  });
});

describe('neighbourhood', () => {
  it('gives the actors within k steps with their distance, and the links among them', () => {
    const one = neighbourhood(story, all, 'roa', 1);
    expect(one.actors).toEqual(
      new Map([
        ['roa', 0],
        ['delegation', 1],
        ['ecopetrol', 1],
      ]),
    );
    expect([...one.links].sort()).toEqual(['roa-delegation', 'roa-ecopetrol']);
    const two = neighbourhood(story, all, 'roa', 2);
    expect([...two.actors.keys()].sort()).toEqual(['delegation', 'ecopetrol', 'petro', 'roa', 'trump']);
    expect(two.links.has('trump-petro-call')).toBe(true);
  });

  it('is empty when the centre is not on the graph', () => {
    expect(neighbourhood(story, without('maduro-venezuela'), 'maduro', 2).actors.size).toBe(0);
  });
});
