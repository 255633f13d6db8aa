import { describe, expect, it } from 'vitest';
import { ACTOR_STYLE, type NodeShape } from './encoding';
import {
  arrowLineGap,
  arrowPath,
  arrowSize,
  linkPath,
  pullBack,
  canvasSink,
  roundRectanglePath,
  shapePath,
  traceShape,
} from './shapes';

/** The points a path visits (end points of each command, control points of curves included). */
function points(d: string): [number, number][] {
  const numbers = (d.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < numbers.length; i += 2) out.push([numbers[i]!, numbers[i + 1]!]);
  return out;
}
const vertices = (d: string) => d.split(/[ML]/).filter(Boolean).length;

describe('shapePath', () => {
  const shapes = [...new Set(Object.values(ACTOR_STYLE).map((s) => s.shape))];

  it.each(shapes)('draws a %s as one closed path that fills its box', (shape) => {
    const d = shapePath(shape, 100, 50, 40, 20);
    expect(d).toMatch(/^M.*Z$/);
    const polygon = !['ellipse', 'round-rectangle', 'barrel'].includes(shape);
    const pts = polygon ? points(d) : [];
    for (const [x, y] of pts) {
      expect(x).toBeGreaterThanOrEqual(80);
      expect(x).toBeLessThanOrEqual(120);
      expect(y).toBeGreaterThanOrEqual(40);
      expect(y).toBeLessThanOrEqual(60);
    }
    if (polygon) {
      // Cytoscape stretches every polygon to touch all four sides of its box.
      expect(Math.min(...pts.map((p) => p[0]))).toBeCloseTo(80, 1);
      expect(Math.max(...pts.map((p) => p[0]))).toBeCloseTo(120, 1);
      expect(Math.min(...pts.map((p) => p[1]))).toBeCloseTo(40, 1);
      expect(Math.max(...pts.map((p) => p[1]))).toBeCloseTo(60, 1);
    }
  });

  it('gives each polygon its number of corners', () => {
    const corners: [NodeShape, number][] = [
      ['triangle', 3],
      ['rectangle', 4],
      ['diamond', 4],
      ['pentagon', 5],
      ['hexagon', 6],
      ['octagon', 8],
      ['star', 10],
      ['tag', 5],
    ];
    for (const [shape, n] of corners) expect(vertices(shapePath(shape, 0, 0, 10, 10).slice(0, -1))).toBe(n);
  });

  it('points a triangle up and a diamond at the middle of each side, as the canvas does', () => {
    expect(shapePath('triangle', 0, 0, 20, 20)).toBe('M0 -10L-10 10L10 10Z');
    expect(shapePath('diamond', 0, 0, 20, 10)).toBe('M0 5L10 0L0 -5L-10 0Z');
    // A hexagon has flat top and bottom sides and points left and right.
    expect(shapePath('hexagon', 0, 0, 20, 20)).toBe('M-5 -10L-10 0L-5 10L5 10L10 0L5 -10Z');
  });

  it('draws an ellipse as two half arcs through its left and right ends', () => {
    expect(shapePath('ellipse', 10, 10, 20, 10)).toBe('M0 10A10 5 0 1 0 20 10A10 5 0 1 0 0 10Z');
  });

  it('rounds a rectangle’s corners by a quarter of its shorter side, at most 8', () => {
    expect(roundRectanglePath(0, 0, 20, 12)).toBe(
      'M-7 -6L7 -6A3 3 0 0 1 10 -3L10 3A3 3 0 0 1 7 6L-7 6A3 3 0 0 1 -10 3L-10 -3A3 3 0 0 1 -7 -6Z',
    );
    expect(shapePath('round-rectangle', 0, 0, 200, 100)).toContain('A8 8 ');
  });
});

describe('canvasSink', () => {
  /** A canvas path that writes down what it is asked to draw. */
  function recorder(filling = false) {
    const calls: string[] = [];
    const log =
      (name: string) =>
      (...args: number[]) =>
        void calls.push(`${name} ${args.map((a) => Math.round(a * 100) / 100).join(' ')}`);
    const path = {
      moveTo: log('moveTo'),
      lineTo: log('lineTo'),
      quadraticCurveTo: log('quadraticCurveTo'),
      arcTo: log('arcTo'),
      ellipse: log('ellipse'),
      closePath: log('closePath'),
    } as unknown as CanvasPath;
    return { calls, sink: canvasSink(path, { filling }) };
  }

  it('traces polygons through the same corners as the SVG path', () => {
    const { calls, sink } = recorder();
    traceShape(sink, 'triangle', 0, 0, 20, 20);
    expect(calls).toEqual(['moveTo 0 -10', 'lineTo -10 10', 'lineTo 10 10', 'closePath ']);
  });

  it('traces an ellipse as its own closed subpath from its left end', () => {
    const { calls, sink } = recorder();
    traceShape(sink, 'ellipse', 10, 10, 20, 10);
    expect(calls).toEqual(['moveTo 0 10', `ellipse 10 10 10 5 0 3.14 9.42`, 'closePath ']);
  });

  it('leaves subpaths open when the path is only filled (filling closes them)', () => {
    const { calls, sink } = recorder(true);
    traceShape(sink, 'triangle', 0, 0, 20, 20);
    traceShape(sink, 'ellipse', 10, 10, 20, 10);
    expect(calls.some((c) => c.startsWith('closePath'))).toBe(false);
    expect(calls.filter((c) => c.startsWith('moveTo'))).toEqual(['moveTo 0 -10', 'moveTo 0 10']);
  });

  it('rounds a rectangle’s corners with arcs round each corner', () => {
    const { calls, sink } = recorder();
    traceShape(sink, 'round-rectangle', 0, 0, 20, 12);
    expect(calls.filter((c) => c.startsWith('arcTo'))).toEqual([
      'arcTo 10 -6 10 -3 3',
      'arcTo 10 6 7 6 3',
      'arcTo -10 6 -10 3 3',
      'arcTo -10 -6 -7 -6 3',
    ]);
  });
});

describe('arrow heads', () => {
  it('are at least 29 units across, growing with the line', () => {
    expect(arrowSize(2, 1)).toBe(29);
    expect(arrowSize(2, 0.9)).toBeCloseTo(26.1);
    expect(arrowSize(5, 1)).toBeCloseTo(Math.pow(66.85, 0.9));
  });

  it('puts a triangle’s tip on the end point, its base back along the line', () => {
    expect(arrowPath('triangle', { x: 100, y: 0 }, { x: 0, y: 0 }, 10)).toBe('M97 1.5L100 0L97 -1.5Z');
    // Coming down the page, the base is above the tip.
    expect(arrowPath('triangle', { x: 0, y: 50 }, { x: 0, y: 0 }, 10)).toBe('M-1.5 47L0 50L1.5 47Z');
  });

  it('notches a vee and draws a tee as a bar across the line at its end', () => {
    expect(arrowPath('vee', { x: 100, y: 0 }, { x: 0, y: 0 }, 10)).toBe('M97 1.5L100 0L97 -1.5L98.5 0Z');
    expect(arrowPath('tee', { x: 100, y: 0 }, { x: 0, y: 0 }, 10)).toBe('M100 1.5L99 1.5L99 -1.5L100 -1.5Z');
  });

  it('stop a pointed head’s line short of the tip, but not a tee’s', () => {
    expect(arrowLineGap('triangle', 2.5, 0.9)).toBeCloseTo(4.5);
    expect(arrowLineGap('vee', 2, 1)).toBeCloseTo(2.1);
    expect(arrowLineGap('tee', 3.5, 0.9)).toBe(0);
  });
});

describe('linkPath', () => {
  it('is straight without control points', () => {
    expect(linkPath({ x: 0, y: 0 }, [], { x: 10, y: 5 })).toBe('M0 0L10 5');
  });

  it('curves through one control point', () => {
    expect(linkPath({ x: 0, y: 0 }, [{ x: 5, y: 8 }], { x: 10, y: 0 })).toBe('M0 0Q5 8 10 0');
  });

  it('joins the curves of several control points halfway between them', () => {
    expect(
      linkPath(
        { x: 0, y: 0 },
        [
          { x: 4, y: 4 },
          { x: 8, y: 0 },
        ],
        { x: 12, y: 4 },
      ),
    ).toBe('M0 0Q4 4 6 2Q8 0 12 4');
  });
});

describe('pullBack', () => {
  it('moves a point towards another by a distance, never past it', () => {
    expect(pullBack({ x: 10, y: 0 }, { x: 0, y: 0 }, 4)).toEqual({ x: 6, y: 0 });
    expect(pullBack({ x: 10, y: 0 }, { x: 0, y: 0 }, 40)).toEqual({ x: 0, y: 0 });
    expect(pullBack({ x: 3, y: 3 }, { x: 3, y: 3 }, 4)).toEqual({ x: 3, y: 3 });
  });
});
