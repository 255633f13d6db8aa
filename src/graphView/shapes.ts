/**
 * The geometry of what the graph draws: actor shapes, traced as SVG path data (the SVG export, the
 * legend) or onto a canvas (a large story's actors, drawn by the adapter), and link arrow heads. The numbers follow Cytoscape 3.34's canvas renderer
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

/**
 * Where an outline is traced to: an SVG path string (svgSink) or a canvas path (canvasSink), so the
 * screen, the exports and the legend share one geometry.
 */
export interface PathSink {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  quadraticCurveTo(cx: number, cy: number, x: number, y: number): void;
  /** A whole ellipse as its own closed subpath, starting at its left end. */
  ellipse(cx: number, cy: number, rx: number, ry: number): void;
  /** A quarter circle of radius r, turning clockwise round the corner (cx, cy) to (x, y). */
  corner(cx: number, cy: number, x: number, y: number, r: number): void;
  closePath(): void;
}

/** Traces into SVG path data; `text()` gives the data so far. */
export function svgSink(): PathSink & { text(): string } {
  let d = '';
  const p = (x: number, y: number) => `${num(x)} ${num(y)}`;
  return {
    moveTo: (x, y) => void (d += `M${p(x, y)}`),
    lineTo: (x, y) => void (d += `L${p(x, y)}`),
    quadraticCurveTo: (cx, cy, x, y) => void (d += `Q${p(cx, cy)} ${p(x, y)}`),
    ellipse: (cx, cy, rx, ry) => {
      const a = `A${num(rx)} ${num(ry)} 0 1 0 `;
      d += `M${p(cx - rx, cy)}${a}${p(cx + rx, cy)}${a}${p(cx - rx, cy)}Z`;
    },
    corner: (_cx, _cy, x, y, r) => void (d += `A${num(r)} ${num(r)} 0 0 1 ${p(x, y)}`),
    closePath: () => void (d += 'Z'),
    text: () => d,
  };
}

/**
 * Traces into a canvas path (a context or a Path2D). `filling`: the path will only be filled, which
 * closes every subpath anyway, so subpaths are left open: Chromium's closePath takes longer the more
 * the path already holds: drawing 10,000 actors took 140 ms a frame with it, 11 ms without (measured).
 */
export function canvasSink(path: CanvasPath, { filling = false } = {}): PathSink {
  const close = filling ? () => {} : () => path.closePath();
  return {
    moveTo: (x, y) => path.moveTo(x, y),
    lineTo: (x, y) => path.lineTo(x, y),
    quadraticCurveTo: (cx, cy, x, y) => path.quadraticCurveTo(cx, cy, x, y),
    ellipse: (cx, cy, rx, ry) => {
      path.moveTo(cx - rx, cy);
      path.ellipse(cx, cy, rx, ry, 0, Math.PI, 3 * Math.PI);
      close();
    },
    corner: (cx, cy, x, y, r) => path.arcTo(cx, cy, x, y, r),
    closePath: close,
  };
}

function tracePolygon(
  sink: PathSink,
  points: readonly number[],
  cx: number,
  cy: number,
  w: number,
  h: number,
) {
  for (let i = 0; i < points.length; i += 2) {
    const x = cx + (w / 2) * points[i]!;
    const y = cy + (h / 2) * points[i + 1]!;
    if (i === 0) sink.moveTo(x, y);
    else sink.lineTo(x, y);
  }
  sink.closePath();
}

/** Cytoscape's automatic corner radius of a round rectangle. */
export const roundRectangleRadius = (w: number, h: number) => Math.min(w / 4, h / 4, 8);

export function traceRoundRectangle(
  sink: PathSink,
  cx: number,
  cy: number,
  w: number,
  h: number,
  radius?: number,
): void {
  const r = Math.min(radius ?? roundRectangleRadius(w, h), w / 2, h / 2);
  const [x1, y1, x2, y2] = [cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2];
  sink.moveTo(x1 + r, y1);
  sink.lineTo(x2 - r, y1);
  sink.corner(x2, y1, x2, y1 + r, r);
  sink.lineTo(x2, y2 - r);
  sink.corner(x2, y2, x2 - r, y2, r);
  sink.lineTo(x1 + r, y2);
  sink.corner(x1, y2, x1, y2 - r, r);
  sink.lineTo(x1, y1 + r);
  sink.corner(x1, y1, x1 + r, y1, r);
  sink.closePath();
}

export function roundRectanglePath(cx: number, cy: number, w: number, h: number, radius?: number): string {
  const sink = svgSink();
  traceRoundRectangle(sink, cx, cy, w, h, radius);
  return sink.text();
}

function traceBarrel(sink: PathSink, cx: number, cy: number, w: number, h: number) {
  const [x1, y1, x2, y2] = [cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2];
  const hOff = Math.min(15, 0.05 * h);
  const wOff = Math.min(100, 0.25 * w);
  const ctrl = 0.05 * wOff;
  sink.moveTo(x1, y1 + hOff);
  sink.lineTo(x1, y2 - hOff);
  sink.quadraticCurveTo(x1 + ctrl, y2, x1 + wOff, y2);
  sink.lineTo(x2 - wOff, y2);
  sink.quadraticCurveTo(x2 - ctrl, y2, x2, y2 - hOff);
  sink.lineTo(x2, y1 + hOff);
  sink.quadraticCurveTo(x2 - ctrl, y1, x2 - wOff, y1);
  sink.lineTo(x1 + wOff, y1);
  sink.quadraticCurveTo(x1 + ctrl, y1, x1, y1 + hOff);
  sink.closePath();
}

/** Traces the outline of an actor of `shape`, centred on (cx, cy), `w` × `h`, as a closed subpath. */
export function traceShape(
  sink: PathSink,
  shape: NodeShape,
  cx: number,
  cy: number,
  w: number,
  h: number,
): void {
  if (shape === 'ellipse') sink.ellipse(cx, cy, w / 2, h / 2);
  else if (shape === 'round-rectangle') traceRoundRectangle(sink, cx, cy, w, h);
  else if (shape === 'barrel') traceBarrel(sink, cx, cy, w, h);
  else tracePolygon(sink, POLYGONS[shape] ?? POLYGONS.rectangle!, cx, cy, w, h);
}

/** The outline of an actor of `shape`, centred on (cx, cy), `w` × `h`, as SVG path data. */
export function shapePath(shape: NodeShape, cx: number, cy: number, w: number, h: number): string {
  const sink = svgSink();
  traceShape(sink, shape, cx, cy, w, h);
  return sink.text();
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
