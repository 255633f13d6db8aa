/**
 * Puts a caption under an exported picture of the graph: the story's title, the time shown and a
 * credit line. The same layout serves the PNG (drawn on a canvas) and the SVG (text elements, so
 * the words stay words; XMLSerializer escapes them). Browser-only: tested end to end.
 */
import { approximateMeasure, type Measure } from './svgText';

export interface ImageCaption {
  readonly title: string;
  readonly when: string;
  readonly credit: string;
}

const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const MIN_WIDTH_CSS = 480;

interface CaptionLine {
  readonly text: string;
  readonly font: string;
  readonly size: number;
  readonly color: string;
  /** Baseline, from the top of the caption band. */
  readonly y: number;
}

interface CaptionLayout {
  readonly lines: readonly CaptionLine[];
  readonly height: number;
  readonly pad: number;
}

function wrap(text: string, font: string, maxWidth: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next, font) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** `scale` is image pixels per CSS pixel, so the caption has the same size relative to the graph. */
function layoutCaption(caption: ImageCaption, width: number, scale: number, measure: Measure): CaptionLayout {
  const pad = 16 * scale;
  const parts = [
    { text: caption.title, size: 18 * scale, weight: '600', color: '#1f2933' },
    { text: caption.when, size: 14 * scale, weight: '400', color: '#1f2933' },
    { text: caption.credit, size: 12 * scale, weight: '400', color: '#52606d' },
  ];
  const lines: CaptionLine[] = [];
  let y = pad;
  for (const part of parts) {
    const font = `${part.weight} ${part.size}px ${FONT_FAMILY}`;
    for (const text of wrap(part.text, font, width - 2 * pad, measure)) {
      y += part.size * 1.3;
      lines.push({ text, font, size: part.size, color: part.color, y: y - part.size * 0.3 });
    }
    y += 2 * scale;
  }
  return { lines, height: y + pad - 2 * scale, pad };
}

/** Text widths as the canvas draws them (the graph's labels are measured the same way). */
export function canvasMeasure(): Measure {
  const ctx = document.createElement('canvas').getContext('2d');
  return (text, font) => {
    if (!ctx) return approximateMeasure(text, font);
    ctx.font = font;
    return ctx.measureText(text).width;
  };
}

export async function composePng(graph: Blob, caption: ImageCaption, scale: number): Promise<Blob> {
  const image = await createImageBitmap(graph);
  const graphWidth = image.width;
  const graphHeight = image.height;
  const width = Math.max(graphWidth, Math.round(MIN_WIDTH_CSS * scale));
  const layout = layoutCaption(caption, width, scale, canvasMeasure());
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = Math.ceil(graphHeight + layout.height);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('this browser cannot draw the picture (no 2D canvas)');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(image, Math.round((width - graphWidth) / 2), 0);
  image.close(); // after this the bitmap reports a size of 0
  ctx.fillStyle = '#d9dee3';
  ctx.fillRect(0, graphHeight, width, Math.max(1, scale));
  ctx.textBaseline = 'alphabetic';
  for (const line of layout.lines) {
    ctx.font = line.font;
    ctx.fillStyle = line.color;
    ctx.fillText(line.text, layout.pad, graphHeight + line.y);
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (b) => (b ? resolve(b) : reject(new Error('the picture could not be encoded'))),
      'image/png',
    ),
  );
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export function composeSvg(svgText: string, caption: ImageCaption, scale: number): string {
  const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
  const root = doc.documentElement;
  if (root.nodeName !== 'svg' || doc.getElementsByTagName('parsererror').length > 0) {
    throw new Error('the graph could not be drawn as SVG');
  }
  const graphWidth = Number(root.getAttribute('width')) || 0;
  const graphHeight = Number(root.getAttribute('height')) || 0;
  const width = Math.max(graphWidth, Math.round(MIN_WIDTH_CSS * scale));
  const layout = layoutCaption(caption, width, scale, canvasMeasure());
  const height = Math.ceil(graphHeight + layout.height);

  // The graph keeps its own coordinates inside a group; the caption band goes under it.
  const graph = doc.createElementNS(SVG_NS, 'g');
  graph.setAttribute('transform', `translate(${Math.round((width - graphWidth) / 2)},0)`);
  for (const child of [...root.childNodes]) {
    if (child.nodeName !== 'defs') graph.appendChild(child);
  }
  const background = doc.createElementNS(SVG_NS, 'rect');
  for (const [k, v] of Object.entries({ x: 0, y: 0, width, height, fill: '#ffffff' })) {
    background.setAttribute(k, String(v));
  }
  const rule = doc.createElementNS(SVG_NS, 'rect');
  for (const [k, v] of Object.entries({
    x: 0,
    y: graphHeight,
    width,
    height: Math.max(1, scale),
    fill: '#d9dee3',
  })) {
    rule.setAttribute(k, String(v));
  }
  const band = doc.createElementNS(SVG_NS, 'g');
  band.setAttribute('class', 'nexo-caption');
  for (const line of layout.lines) {
    const text = doc.createElementNS(SVG_NS, 'text');
    text.setAttribute('x', String(layout.pad));
    text.setAttribute('y', String(graphHeight + line.y));
    text.setAttribute('style', `font: ${line.font}; fill: ${line.color}`);
    text.textContent = line.text;
    band.appendChild(text);
  }
  root.append(background, graph, rule, band);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const title = doc.createElementNS(SVG_NS, 'title');
  title.textContent = `${caption.title} — ${caption.when}`;
  root.insertBefore(title, root.firstChild);
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(doc);
}
