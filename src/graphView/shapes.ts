/**
 * The geometry of what the graph draws, as SVG path data: actor shapes (shared by the SVG export and
 * the legend) and link arrow heads. The numbers follow Cytoscape 3.34's canvas renderer
 * (node-shapes, arrow-shapes), so an exported drawing matches the screen. Free of Cytoscape and the
 * DOM, so ui/ may import it.
 */
import type { NodeShape } from './encoding';

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Rounds to 1/100 of a unit: plenty for a picture, and keeps files small and diffs stable. */
export const num = (n: number): string => String(Math.round(n * 100) / 100 || 0);

// Cytoscape's polygons live in the square [-1, 1]²; y grows downwards.
function ngon(sides: number, rotation = 0): number[] {
  const step = (2 * Math.PI) / sides;
  const start = (sides % 2 === 0 ? Math.PI / 2 + step / 2 : Math.PI / 2) + rotation;
  const points: number[] = [];
  for (let i = 0; i < sides; i++) {
    const angle = start + i * step;
    points.push(Math.cos(angle), Math.sin(-angle));
  }
  return points;
}

/** Stretches a polygon to fill the square, top edge on y = -1 (Cytoscape's fitPolygonToSquare). */
function fitToSquare(points: number[]): number[] {
  const xs = points.filter((_, i) => i % 2 === 0);
  const ys = points.filter((_, i) => i % 2 === 1);
  const sx = 2 / (Math.max(...xs) - Math.min(...xs));
  const sy = 2 / (Math.max(...ys) - Math.min(...ys));
  const fitted = points.map((v, i) => v * (i % 2 === 0 ? sx : sy));
  const minY = Math.min(...fitted.filter((_, i) => i % 2 === 1));
  return minY < -1 ? fitted.map((v, i) => (i % 2 === 1 ? v + (-1 - minY) : v)) : fitted;
}

function star(): number[] {
  const outer = ngon(5);
  const innerRadius = 0.5 * (3 - Math.sqrt(5)) * 1.57;
  const inner = ngon(5, Math.PI / 5).map((v) => v * innerRadius);
  const points: number[] = [];
  for (let i = 0; i < 5; i++) points.push(outer[2 * i]!, outer[2 * i + 1]!, inner[2 * i]!, inner[2 * i + 1]!);
  return fitToSquare(points);
}

const POLYGONS: Partial<Record<NodeShape, readonly number[]>> = {
  triangle: fitToSquare(ngon(3)),
  rectangle: fitToSquare(ngon(4)),
  diamond: [0, 1, 1, 0, 0, -1, -1, 0],
  pentagon: fitToSquare(ngon(5)),
  hexagon: fitToSquare(ngon(6)),
  octagon: fitToSquare(ngon(8)),
  star: star(),
  tag: [-1, -1, 0.25, -1, 1, 0, 0.25, 1, -1, 1],
};

function polygonPath(points: readonly number[], cx: number, cy: number, w: number, h: number): string {
  const parts: string[] = [];
  for (let i = 0; i < points.length; i += 2) {
    parts.push(
      `${i === 0 ? 'M' : 'L'}${num(cx + (w / 2) * points[i]!)} ${num(cy + (h / 2) * points[i + 1]!)}`,
    );
  }
  return parts.join('') + 'Z';
}

function ellipsePath(cx: number, cy: number, w: number, h: number): string {
  const [rx, ry] = [num(w / 2), num(h / 2)];
  return (
    `M${num(cx - w / 2)} ${num(cy)}A${rx} ${ry} 0 1 0 ${num(cx + w / 2)} ${num(cy)}` +
    `A${rx} ${ry} 0 1 0 ${num(cx - w / 2)} ${num(cy)}Z`
  );
}

/** Cytoscape's automatic corner radius of a round rectangle. */
export const roundRectangleRadius = (w: number, h: number) => Math.min(w / 4, h / 4, 8);

export function roundRectanglePath(cx: number, cy: number, w: number, h: number, radius?: number): string {
  const r = Math.min(radius ?? roundRectangleRadius(w, h), w / 2, h / 2);
  const [x1, y1, x2, y2] = [cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2];
  const arc = (x: number, y: number) => `A${num(r)} ${num(r)} 0 0 1 ${num(x)} ${num(y)}`;
  return (
    `M${num(x1 + r)} ${num(y1)}H${num(x2 - r)}${arc(x2, y1 + r)}V${num(y2 - r)}${arc(x2 - r, y2)}` +
    `H${num(x1 + r)}${arc(x1, y2 - r)}V${num(y1 + r)}${arc(x1 + r, y1)}Z`
  );
}

function barrelPath(cx: number, cy: number, w: number, h: number): string {
  const [x1, y1, x2, y2] = [cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2];
  const hOff = Math.min(15, 0.05 * h);
  const wOff = Math.min(100, 0.25 * w);
  const ctrl = 0.05 * wOff;
  const p = (x: number, y: number) => `${num(x)} ${num(y)}`;
  return (
    `M${p(x1, y1 + hOff)}L${p(x1, y2 - hOff)}Q${p(x1 + ctrl, y2)} ${p(x1 + wOff, y2)}` +
    `L${p(x2 - wOff, y2)}Q${p(x2 - ctrl, y2)} ${p(x2, y2 - hOff)}` +
    `L${p(x2, y1 + hOff)}Q${p(x2 - ctrl, y1)} ${p(x2 - wOff, y1)}` +
    `L${p(x1 + wOff, y1)}Q${p(x1 + ctrl, y1)} ${p(x1, y1 + hOff)}Z`
  );
}

/** The outline of an actor of `shape`, centred on (cx, cy), `w` × `h`, as SVG path data. */
export function shapePath(shape: NodeShape, cx: number, cy: number, w: number, h: number): string {
  if (shape === 'ellipse') return ellipsePath(cx, cy, w, h);
  if (shape === 'round-rectangle') return roundRectanglePath(cx, cy, w, h);
  if (shape === 'barrel') return barrelPath(cx, cy, w, h);
  return polygonPath(POLYGONS[shape] ?? POLYGONS.rectangle!, cx, cy, w, h);
}

export type ArrowShape = 'triangle' | 'tee' | 'vee';

// In arrow space the tip is (0, 0) and +y points along the link, into the node.
const ARROW_POINTS: Record<ArrowShape, readonly number[]> = {
  triangle: [-0.15, -0.3, 0, 0, 0.15, -0.3],
  vee: [-0.15, -0.3, 0, 0, 0.15, -0.3, 0, -0.15],
  tee: [-0.15, 0, -0.15, -0.1, 0.15, -0.1, 0.15, 0],
};

/** Size of an arrow head for a line `width` wide (Cytoscape's getArrowWidth). */
export const arrowSize = (width: number, arrowScale: number) =>
  Math.max(Math.pow(width * 13.37, 0.9), 29) * arrowScale;

/**
 * How far before the arrow's tip the line itself stops, so a thick line does not poke out of a
 * pointed head (Cytoscape's arrow `gap` minus its `spacing`).
 */
export function arrowLineGap(shape: ArrowShape, width: number, arrowScale: number): number {
  if (shape === 'tee') return 0;
  return width * arrowScale * 2 * (shape === 'vee' ? 0.525 : 1);
}

/** The arrow head whose tip is at `tip`, arriving from the direction of `from`. */
export function arrowPath(shape: ArrowShape, tip: Point, from: Point, size: number): string {
  const dx = tip.x - from.x;
  const dy = tip.y - from.y;
  const length = Math.hypot(dx, dy) || 1;
  const along = { x: dx / length, y: dy / length };
  const across = { x: along.y, y: -along.x };
  const points = ARROW_POINTS[shape];
  const parts: string[] = [];
  for (let i = 0; i < points.length; i += 2) {
    const [u, v] = [points[i]! * size, points[i + 1]! * size];
    const x = tip.x + u * across.x + v * along.x;
    const y = tip.y + u * across.y + v * along.y;
    parts.push(`${i === 0 ? 'M' : 'L'}${num(x)} ${num(y)}`);
  }
  return parts.join('') + 'Z';
}

/** Moves `to` towards `from` by `by` units (never past `from`). */
export function pullBack(to: Point, from: Point, by: number): Point {
  const length = Math.hypot(to.x - from.x, to.y - from.y);
  if (length === 0 || by <= 0) return to;
  const t = Math.max(0, (length - by) / length);
  return { x: from.x + (to.x - from.x) * t, y: from.y + (to.y - from.y) * t };
}

/**
 * A link's line: quadratic curves through its control points, as Cytoscape draws an unbundled
 * bezier (a point halfway between neighbouring control points joins their curves); straight when
 * there are none.
 */
export function linkPath(start: Point, controls: readonly Point[], end: Point): string {
  const p = (q: Point) => `${num(q.x)} ${num(q.y)}`;
  if (controls.length === 0) return `M${p(start)}L${p(end)}`;
  let d = `M${p(start)}`;
  controls.forEach((c, i) => {
    const next = controls[i + 1];
    const to = next ? { x: (c.x + next.x) / 2, y: (c.y + next.y) / 2 } : end;
    d += `Q${p(c)} ${p(to)}`;
  });
  return d;
}
