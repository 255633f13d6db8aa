/**
 * Text in an exported SVG: escaping, and labels wrapped and placed the way Cytoscape's canvas
 * renderer does it (getLabelText, drawText), so a label breaks at the same words as on screen.
 * Pure: the width of text comes from a `Measure` (a 2D canvas in the browser).
 */

/** Width in pixels of `text` drawn in a CSS `font`. */
export type Measure = (text: string, font: string) => number;

/** A stand-in for canvas measuring where there is no canvas (headless tests): 0.6 em per character. */
export const approximateMeasure: Measure = (text, font) =>
  text.length * 0.6 * Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? 12);

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/**
 * Text made safe for XML element content and attribute values. Characters XML 1.0 forbids (most
 * C0 controls, lone surrogates, U+FFFE/FFFF) are dropped: one would make the whole file unreadable.
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
}

/**
 * Splits a label into the lines the canvas shows: explicit line breaks first, then, for a line wider
 * than `maxWidth`, greedily by words. A single word wider than the limit keeps a line of its own.
 */
export function wrapLabel(text: string, maxWidth: number, font: string, measure: Measure): string[] {
  // Cytoscape rounds measured widths up to whole pixels.
  const width = (t: string) => Math.ceil(measure(t, font));
  const lines: string[] = [];
  for (const line of text.split('\n')) {
    if (width(line) <= maxWidth) {
      lines.push(line);
      continue;
    }
    let current = '';
    const words = line.split(/[\s\u200b]+/).filter(Boolean);
    words.forEach((word, i) => {
      // Like the canvas, a word's trailing space counts, except after the line's last word.
      const candidate = current ? `${current} ${word}` : word;
      const trailing = current && i < words.length - 1 ? ' ' : '';
      if (!current || width(candidate + trailing) <= maxWidth) current = candidate;
      else {
        lines.push(current);
        current = word;
      }
    });
    if (current) lines.push(current);
  }
  return lines;
}

export type LabelValign = 'top' | 'center' | 'bottom';

/**
 * Baselines of a label's lines. `anchorY` is where Cytoscape anchors the label (with text margin
 * applied): the block's top for a bottom label, its bottom for a top label, its middle for a centred
 * one. The canvas aligns each line's em box bottom, which sits about 0.2 em under the baseline.
 */
export function labelBaselines(
  lineCount: number,
  anchorY: number,
  valign: LabelValign,
  fontSize: number,
  lineHeight = 1,
): number[] {
  const step = fontSize * lineHeight;
  const blockHeight = lineCount * fontSize + (lineCount - 1) * (lineHeight - 1) * fontSize;
  const lastBottom =
    anchorY + (valign === 'bottom' ? blockHeight : valign === 'center' ? blockHeight / 2 : 0);
  const firstBottom = lastBottom - (lineCount - 1) * step;
  return Array.from({ length: lineCount }, (_, i) => firstBottom + i * step - 0.2 * fontSize);
}

/**
 * Whether the canvas draws a label at this zoom. Cytoscape compares `min-zoomed-font-size` with the
 * font size at the zoom of its texture level, zoom × pixel ratio rounded up to a power of two.
 */
export function labelShown(
  fontSize: number,
  minZoomedSize: number,
  zoom: number,
  pixelRatio: number,
): boolean {
  const level = 2 ** Math.ceil(Math.log2(zoom * pixelRatio));
  return fontSize * level >= minZoomedSize;
}
