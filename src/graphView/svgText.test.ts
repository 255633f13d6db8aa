import { describe, expect, it } from 'vitest';
import { escapeXml, labelBaselines, labelShown, wrapLabel, type Measure } from './svgText';

/** Every character 10 px wide, whatever the font. */
const tenPx: Measure = (text) => text.length * 10;

describe('escapeXml', () => {
  it('escapes markup, ampersands and both quotes', () => {
    expect(escapeXml(`<script>alert("x")</script> & 'y'`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;y&apos;',
    );
  });

  it('keeps accents, emoji and line breaks, and drops characters XML cannot hold', () => {
    expect(escapeXml('García-Peña 🇨🇴\nok')).toBe('García-Peña 🇨🇴\nok');
    expect(escapeXml('a\u0000b\u0007c\uFFFEd\uD800e')).toBe('abcde');
  });
});

describe('wrapLabel', () => {
  it('leaves a label that fits on one line', () => {
    expect(wrapLabel('Gustavo Petro', 200, '11px x', tenPx)).toEqual(['Gustavo Petro']);
  });

  it('breaks a long label between words, filling each line', () => {
    expect(wrapLabel('Office of Foreign Assets Control', 110, '11px x', tenPx)).toEqual([
      'Office of',
      'Foreign',
      'Assets',
      'Control',
    ]);
    expect(wrapLabel('US Department of the Treasury', 130, '11px x', tenPx)).toEqual([
      'US',
      'Department',
      'of the',
      'Treasury',
    ]);
  });

  it('counts a word’s trailing space, except after the last word, like the canvas', () => {
    // "ab cd " is 60 px: over a 50 px limit, though "ab cd" alone would fit.
    expect(wrapLabel('ab cd ef', 50, '11px x', tenPx)).toEqual(['ab', 'cd ef']);
    expect(wrapLabel('ab cd', 50, '11px x', tenPx)).toEqual(['ab cd']);
  });

  it('keeps a word longer than the limit whole, on its own line', () => {
    expect(wrapLabel('a Supercalifragilistic b', 50, '11px x', tenPx)).toEqual([
      'a',
      'Supercalifragilistic',
      'b',
    ]);
  });

  it('keeps explicit line breaks', () => {
    expect(wrapLabel('one\ntwo', 500, '11px x', tenPx)).toEqual(['one', 'two']);
  });
});

describe('labelBaselines', () => {
  it('grows a label under its anchor downwards, one font size per line', () => {
    expect(labelBaselines(2, 100, 'bottom', 10)).toEqual([108, 118]);
  });

  it('grows a label above its anchor upwards, its last line ending there', () => {
    expect(labelBaselines(2, 100, 'top', 10)).toEqual([88, 98]);
  });

  it('centres a label on its anchor', () => {
    expect(labelBaselines(2, 100, 'center', 10)).toEqual([98, 108]);
  });

  it('spaces lines by the line height, the extra leading going between lines only', () => {
    expect(labelBaselines(2, 0, 'bottom', 10, 1.5)).toEqual([8, 23]);
  });
});

describe('labelShown', () => {
  it('hides an 11 px label once the texture level drops to half size, as the canvas does', () => {
    expect(labelShown(11, 7, 1, 1)).toBe(true);
    expect(labelShown(11, 7, 0.6, 1)).toBe(true); // rounds up to level 1
    expect(labelShown(11, 7, 0.45, 1)).toBe(false); // level 1/2: 5.5 px
  });

  it('shows more labels on a high-density screen', () => {
    expect(labelShown(11, 7, 0.45, 2)).toBe(true);
  });
});
