/**
 * The graph in view as an SVG document, written from what Cytoscape has computed for each element
 * (its style, endpoints and control points), so the drawing matches the canvas: links with their
 * colour, width, dashes and arrow heads, actors with their shape, fill, border and wrapped label,
 * country boxes, and the emphasis of focus, paths and faded filters (they are styles too).
 * Everything from the story is escaped. Model coordinates go through one pan/zoom transform, and the
 * drawing is clipped to the canvas, like the PNG export.
 */
import type { Core, EdgeSingular, NodeSingular, SingularElementArgument } from 'cytoscape';
import type { NodeShape } from './encoding';
import {
  arrowLineGap,
  arrowPath,
  arrowSize,
  linkPath,
  num,
  pullBack,
  roundRectanglePath,
  shapePath,
  type ArrowShape,
  type Point,
} from './shapes';
import type { Stroke } from './pairLooks';
import { escapeXml, labelBaselines, labelShown, wrapLabel, type LabelValign, type Measure } from './svgText';

const SVG_NS = 'http://www.w3.org/2000/svg';
const NODE_SHAPES = new Set<string>([
  'ellipse',
  'hexagon',
  'rectangle',
  'diamond',
  'pentagon',
  'triangle',
  'octagon',
  'barrel',
  'tag',
  'star',
  'round-rectangle',
]);
const ARROW_SHAPES = new Set<string>(['triangle', 'tee', 'vee']);

type Attrs = Record<string, string | number | undefined>;

function attrs(values: Attrs): string {
  return Object.entries(values)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? num(v) : escapeXml(v!)}"`)
    .join('');
}

const el = (name: string, values: Attrs, content?: string) =>
  content === undefined ? `<${name}${attrs(values)}/>` : `<${name}${attrs(values)}>${content}</${name}>`;

/** An attribute only when it differs from SVG's default, to keep files small. */
const unless = <T extends string | number>(value: T, fallback: T) => (value === fallback ? undefined : value);

function nodeShape(node: NodeSingular): NodeShape {
  const shape = String(node.style('shape')).replace('roundrectangle', 'round-rectangle');
  return NODE_SHAPES.has(shape) ? (shape as NodeShape) : 'ellipse';
}

function dashes(ele: SingularElementArgument, style: string, pattern: string): string | undefined {
  const kind = ele.style(style) as string;
  if (kind === 'dotted') return '1 1';
  if (kind !== 'dashed') return undefined;
  return (ele.numericStyle(pattern) as number[]).map(num).join(' ');
}

/** A box's padding around its members (part of its drawn size). */
const padding = (node: NodeSingular) => node.numericStyle('padding') as number;

const finite = (p: Point | undefined): p is Point => !!p && Number.isFinite(p.x) && Number.isFinite(p.y);

/**
 * Where a link runs. Without a renderer (headless Cytoscape, in tests) there are no endpoints:
 * then it runs straight from centre to centre.
 */
function linkGeometry(edge: EdgeSingular): { start: Point; controls: Point[]; end: Point } {
  try {
    const start = edge.sourceEndpoint();
    const end = edge.targetEndpoint();
    const controls = (edge.controlPoints() ?? []).filter(finite);
    if (finite(start) && finite(end)) return { start, controls, end };
  } catch {
    // no renderer
  }
  return { start: edge.source().position(), controls: [], end: edge.target().position() };
}

function linkMarkup(edge: EdgeSingular): string {
  const { start, controls, end } = linkGeometry(edge);
  const width = edge.numericStyle('width') as number;
  const before = controls.at(-1) ?? start;
  const arrow = edge.style('target-arrow-shape') as string;
  const scale = edge.numericStyle('arrow-scale') as number;
  const hasArrow = ARROW_SHAPES.has(arrow);
  const lineEnd = hasArrow ? pullBack(end, before, arrowLineGap(arrow as ArrowShape, width, scale)) : end;
  const d = linkPath(start, controls, lineEnd);
  const layer = (kind: 'underlay' | 'overlay') => {
    const opacity = edge.numericStyle(`${kind}-opacity`) as number;
    if (!(opacity > 0)) return '';
    return el('path', {
      class: `nexo-${kind}`,
      d,
      fill: 'none',
      stroke: edge.style(`${kind}-color`) as string,
      'stroke-opacity': opacity,
      'stroke-width': 2 * (edge.numericStyle(`${kind}-padding`) as number),
      'stroke-linecap': 'round',
    });
  };
  const line = el('path', {
    class: 'nexo-line',
    d,
    fill: 'none',
    stroke: edge.style('line-color') as string,
    'stroke-width': width,
    'stroke-opacity': unless(edge.numericStyle('line-opacity') as number, 1),
    'stroke-dasharray': dashes(edge, 'line-style', 'line-dash-pattern'),
    'stroke-linecap': unless(edge.style('line-cap') as string, 'butt'),
  });
  const head = hasArrow
    ? el('path', {
        class: 'nexo-arrow',
        d: arrowPath(arrow as ArrowShape, end, before, arrowSize(width, scale)),
        fill: edge.style('target-arrow-color') as string,
      })
    : '';
  const body = el('g', { class: 'nexo-link', opacity: unless(edge.effectiveOpacity(), 1) }, line + head);
  return layer('underlay') + body + layer('overlay');
}

function labelMarkup(node: NodeSingular, screen: Screen): string {
  const text = String(node.style('label') ?? '');
  const size = node.numericStyle('font-size') as number;
  const textOpacity = node.numericStyle('text-opacity') as number;
  const minSize = node.numericStyle('min-zoomed-font-size') as number;
  if (!text || !(textOpacity > 0) || !labelShown(size, minSize, screen.zoom, screen.pixelRatio)) return '';
  const family = node.style('font-family') as string;
  const weight = node.style('font-weight') as string;
  const fontStyle = node.style('font-style') as string;
  const font = `${fontStyle} ${weight} ${size}px ${family}`;
  const lines =
    node.style('text-wrap') === 'wrap'
      ? wrapLabel(text, node.numericStyle('text-max-width') as number, font, screen.measure)
      : text.split('\n');
  const pos = node.position();
  const halfW = node.width() / 2 + padding(node);
  const halfH = node.height() / 2 + padding(node);
  const halign = node.style('text-halign') as string;
  const valign = node.style('text-valign') as string;
  // Cytoscape anchors an outside label at the node's edge and grows it away from the node.
  const x =
    pos.x +
    (node.numericStyle('text-margin-x') as number) +
    (halign === 'left' ? -halfW : halign === 'right' ? halfW : 0);
  const anchorY =
    pos.y +
    (node.numericStyle('text-margin-y') as number) +
    (valign === 'top' ? -halfH : valign === 'bottom' ? halfH : 0);
  const growth: LabelValign = valign === 'top' ? 'top' : valign === 'bottom' ? 'bottom' : 'center';
  const baselines = labelBaselines(
    lines.length,
    anchorY,
    growth,
    size,
    node.numericStyle('line-height') as number,
  );
  const outline = node.numericStyle('text-outline-width') as number;
  const spans = lines.map((line, i) => el('tspan', { x, y: baselines[i]! }, escapeXml(line))).join('');
  return el(
    'text',
    {
      class: 'nexo-label',
      'font-family': family,
      'font-size': size,
      'font-weight': unless(weight, 'normal'),
      'font-style': unless(fontStyle, 'normal'),
      'text-anchor': halign === 'left' ? 'end' : halign === 'right' ? 'start' : 'middle',
      fill: node.style('color') as string,
      'fill-opacity': unless(textOpacity, 1),
      ...(outline > 0
        ? {
            stroke: node.style('text-outline-color') as string,
            'stroke-width': 2 * outline,
            'stroke-opacity': unless(node.numericStyle('text-outline-opacity') as number, 1),
            'stroke-linejoin': 'round',
            'paint-order': 'stroke',
          }
        : {}),
    },
    spans,
  );
}

function nodeMarkup(node: NodeSingular, screen: Screen): string {
  const { x, y } = node.position();
  const w = node.width() + 2 * padding(node);
  const h = node.height() + 2 * padding(node);
  const isBox = node.hasClass('box');
  const border = node.numericStyle('border-width') as number;
  const shape = el('path', {
    class: 'nexo-shape',
    d: shapePath(nodeShape(node), x, y, w, h),
    fill: node.style('background-color') as string,
    'fill-opacity': unless(node.numericStyle('background-opacity') as number, 1),
    ...(border > 0
      ? {
          stroke: node.style('border-color') as string,
          'stroke-width': border,
          'stroke-opacity': unless(node.numericStyle('border-opacity') as number, 1),
          'stroke-dasharray': dashes(node, 'border-style', 'border-dash-pattern'),
        }
      : {}),
  });
  const overlayOpacity = node.numericStyle('overlay-opacity') as number;
  const pad = node.numericStyle('overlay-padding') as number;
  const overlay =
    overlayOpacity > 0
      ? el('path', {
          class: 'nexo-overlay',
          d: roundRectanglePath(x, y, w + 2 * pad, h + 2 * pad),
          fill: node.style('overlay-color') as string,
          'fill-opacity': overlayOpacity,
        })
      : '';
  const body = el(
    'g',
    { class: isBox ? 'nexo-box' : 'nexo-actor', opacity: unless(node.effectiveOpacity(), 1) },
    shape + labelMarkup(node, screen),
  );
  return body + overlay;
}

const intersects = (a: { x1: number; x2: number; y1: number; y2: number }, b: typeof a) =>
  a.x1 <= b.x2 && b.x1 <= a.x2 && a.y1 <= b.y2 && b.y1 <= a.y2;

/** How the graph is on screen: what decides which labels the canvas draws, and where they break. */
interface Screen {
  readonly measure: Measure;
  readonly zoom: number;
  readonly pixelRatio: number;
}

/** Batched strokes (a large story's pair edges, pairLooks.ts) as one path each. */
function strokeMarkup(stroke: Stroke): string {
  const seg = stroke.segments;
  let d = '';
  for (let i = 0; i < seg.length; i += 4) {
    d += `M${num(seg[i]!)} ${num(seg[i + 1]!)}L${num(seg[i + 2]!)} ${num(seg[i + 3]!)}`;
  }
  return el('path', {
    class: 'nexo-line',
    d,
    fill: 'none',
    stroke: stroke.color,
    'stroke-width': stroke.width,
    'stroke-opacity': unless(stroke.opacity, 1),
    'stroke-linecap': stroke.round ? 'round' : undefined,
  });
}

/**
 * The part of the graph in view, `cy.width()` × `cy.height()` CSS pixels, as an SVG document.
 * `pixelRatio` is the screen's: at some zooms the canvas leaves out small labels, depending on it.
 * `strokes` are edges drawn outside Cytoscape (a large story's pair edges), placed under the actors.
 */
export function graphToSvg(
  cy: Core,
  measure: Measure,
  pixelRatio = 1,
  background = '#ffffff',
  strokes: readonly Stroke[] = [],
): string {
  const width = Math.round(cy.width());
  const height = Math.round(cy.height());
  const zoom = cy.zoom();
  const screen: Screen = { measure, zoom, pixelRatio };
  const pan = cy.pan();
  const view = cy.extent();
  const drawn = cy
    .elements()
    .filter((e) => e.visible() && e.effectiveOpacity() > 0 && intersects(e.boundingBox(), view));
  const byZ = (a: SingularElementArgument, b: SingularElementArgument) =>
    (a.numericStyle('z-index') as number) - (b.numericStyle('z-index') as number);
  // Canvas order: boxes under links, links under actors; within each, by z-index (stable).
  const parts = [
    ...drawn.nodes('.box').map((n) => nodeMarkup(n, screen)),
    ...strokes.map(strokeMarkup),
    ...drawn
      .edges()
      .toArray()
      .sort(byZ)
      .map((e) => linkMarkup(e as EdgeSingular)),
    ...drawn
      .nodes()
      .not('.box')
      .toArray()
      .sort(byZ)
      .map((n) => nodeMarkup(n as NodeSingular, screen)),
  ];
  // Zoom keeps six decimals: a rounding error in it is multiplied by every coordinate.
  const transform = `translate(${num(pan.x)} ${num(pan.y)}) scale(${Math.round(zoom * 1e6) / 1e6})`;
  return (
    `<svg xmlns="${SVG_NS}"${attrs({ width, height, viewBox: `0 0 ${width} ${height}` })}>` +
    `<defs><clipPath id="nexo-graph-view">${el('rect', { width, height })}</clipPath></defs>` +
    el('rect', { class: 'nexo-background', width, height, fill: background }) +
    el(
      'g',
      { 'clip-path': 'url(#nexo-graph-view)' },
      el('g', { class: 'nexo-graph', transform }, parts.join('')),
    ) +
    '</svg>'
  );
}
