import { describe, expect, it } from 'vitest';
import type { PairEdge } from '../domain/pairEdges';
import { TONE_COLOR } from './encoding';
import {
  distanceToSegment,
  edgeAt,
  NO_MARKS,
  pairLook,
  pairWidth,
  strokesOf,
  type EdgeLook,
} from './pairLooks';

const pair = (id: string, a: string, b: string, weight = 1, tone = 0): PairEdge => ({
  id,
  a,
  b,
  weight,
  tone,
  latestLinkId: `${id}-latest`,
});
const at: Record<string, { x: number; y: number }> = {
  a: { x: 0, y: 0 },
  b: { x: 100, y: 0 },
  c: { x: 0, y: 100 },
};
const positionOf = (id: string) => at[id];
const look = (p: PairEdge, marks = NO_MARKS) => pairLook(p, marks)!;

describe('pairWidth', () => {
  it('grows from 1.5 at one link to 6 at eight or more, like the stylesheet mapping', () => {
    expect(pairWidth(1)).toBe(1.5);
    expect(pairWidth(8)).toBe(6);
    expect(pairWidth(20)).toBe(6);
    expect(pairWidth(4.5)).toBeCloseTo(3.75);
  });
});

describe('pairLook', () => {
  it('colours by the tone band and dims, hides, lifts and rings by the marks', () => {
    expect(look(pair('p', 'a', 'b', 1, -6))).toMatchObject({ color: TONE_COLOR.hostile, opacity: 0.85 });
    expect(look(pair('p', 'a', 'b', 1, 6)).color).toBe(TONE_COLOR.cooperative);
    expect(look(pair('p', 'a', 'b'), { ...NO_MARKS, dim: true })).toMatchObject({ opacity: 0.13, layer: 0 });
    expect(pairLook(pair('p', 'a', 'b'), { ...NO_MARKS, hidden: true })).toBeNull();
    const onPath = look(pair('p', 'a', 'b'), { ...NO_MARKS, dim: true, onPath: true });
    expect(onPath).toMatchObject({ opacity: 1, layer: 2 });
    expect(onPath.under).toEqual({ color: '#ffd43b', opacity: 0.8, width: 1.5 + 8 });
    expect(look(pair('p', 'a', 'b'), { ...NO_MARKS, selected: true }).over?.width).toBe(1.5 + 12);
  });
});

describe('strokesOf', () => {
  it('puts edges that look alike into one stroke, path halos first and selection rings last', () => {
    const looks: EdgeLook[] = [
      look(pair('ab', 'a', 'b'), { ...NO_MARKS, selected: true }),
      look(pair('ac', 'a', 'c')),
      look(pair('bc', 'b', 'c'), { ...NO_MARKS, onPath: true }),
    ];
    const strokes = strokesOf(looks, positionOf);
    expect(strokes.map((s) => [s.opacity, s.segments.length / 4, s.round])).toEqual([
      [0.8, 1, true], // bc's path halo
      [0.85, 2, false], // ab and ac: same colour, width and opacity
      [1, 1, false], // bc on the path, above the rest
      [0.35, 1, true], // ab's selection ring
    ]);
    expect(strokes[1]!.segments).toEqual([0, 0, 100, 0, 0, 0, 0, 100]);
  });

  it('leaves out edges with an end that is not drawn', () => {
    expect(strokesOf([look(pair('ax', 'a', 'x'))], positionOf)).toEqual([]);
  });
});

describe('edgeAt', () => {
  const looks = [look(pair('ab', 'a', 'b')), look(pair('ac', 'a', 'c'))];

  it('finds the edge within the tolerance of its line, the nearest when two are close', () => {
    expect(edgeAt(looks, positionOf, { x: 50, y: 3 }, 4)).toBe('ab');
    expect(edgeAt(looks, positionOf, { x: 3, y: 50 }, 4)).toBe('ac');
    expect(edgeAt(looks, positionOf, { x: 3, y: 2 }, 4)).toBe('ab');
    expect(edgeAt(looks, positionOf, { x: 50, y: 20 }, 4)).toBeNull();
    expect(edgeAt(looks, positionOf, { x: 130, y: 0 }, 4)).toBeNull();
  });

  it('measures to the segment, not the infinite line', () => {
    expect(distanceToSegment({ x: 130, y: 0 }, at.a!, at.b!)).toBe(30);
    expect(distanceToSegment({ x: 50, y: -7 }, at.a!, at.b!)).toBe(7);
    expect(distanceToSegment({ x: 1, y: 1 }, at.a!, at.a!)).toBeCloseTo(Math.SQRT2);
  });
});
