// @vitest-environment jsdom
import cytoscape, { type Core } from 'cytoscape';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeActor, makeLink, makeStory } from '../../tests/builders';
import { actorElement, boxElement, linkElement } from './elements';
import { FAMILY_STYLE, TONE_COLOR } from './encoding';
import { buildStylesheet } from './stylesheet';
import { graphToSvg } from './svgExport';
import { approximateMeasure } from './svgText';

const story = makeStory(
  [
    makeLink('sanction', {
      kind: 'sanction',
      tone: -8,
      from: 'treasury',
      to: 'petro',
      span: ['2025-10-24', null],
    }),
    makeLink('call', { from: 'trump', to: 'petro', at: '2026-01' }),
    makeLink('praise', {
      kind: 'praise',
      tone: 6,
      directed: false,
      from: 'petro',
      to: 'trump',
      at: '2026-01-07',
    }),
  ],
  [
    makeActor('petro', { name: 'Gustavo <b>Petro</b> & "Co"', countryId: 'colombia' }),
    makeActor('trump', { name: 'Donald Trump' }),
    makeActor('treasury', { kind: 'government', name: 'US Department of the Treasury' }),
  ],
);
const positions = new Map([
  ['petro', { x: 0, y: 0 }],
  ['trump', { x: 300, y: 0 }],
  ['treasury', { x: 0, y: 200 }],
]);

let cy: Core | undefined;
afterEach(() => cy?.destroy());

/** A headless graph that pretends to sit in a canvas of `width` × `height` pixels. */
function graph(width = 800, height = 600) {
  cy = cytoscape({ headless: true, styleEnabled: true, style: buildStylesheet() });
  cy.add([
    boxElement('box-colombia', 'Colombia'),
    ...story.actors.map((a) =>
      actorElement(story, a, positions, a.id === 'petro' ? 'box-colombia' : undefined),
    ),
    ...story.links.map((l) => linkElement(l)),
  ]);
  vi.spyOn(cy, 'width').mockReturnValue(width);
  vi.spyOn(cy, 'height').mockReturnValue(height);
  cy.viewport({ zoom: 1, pan: { x: 200, y: 150 } });
  return cy;
}

function parse(svg: string) {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

describe('graphToSvg', () => {
  it('writes a valid SVG of the canvas size, with the pan and zoom as one transform', () => {
    const c = graph();
    c.viewport({ zoom: 1.5, pan: { x: 120, y: 80.5 } });
    const doc = parse(graphToSvg(c, approximateMeasure));
    const root = doc.documentElement;
    expect(root.getAttribute('width')).toBe('800');
    expect(root.getAttribute('height')).toBe('600');
    expect(doc.querySelector('.nexo-graph')?.getAttribute('transform')).toBe(
      'translate(120 80.5) scale(1.5)',
    );
    expect(doc.querySelector('clipPath rect')?.getAttribute('width')).toBe('800');
  });

  it('draws one shape per actor, one line per link and the country box', () => {
    const doc = parse(graphToSvg(graph(), approximateMeasure));
    expect(doc.querySelectorAll('.nexo-actor > path.nexo-shape')).toHaveLength(3);
    expect(doc.querySelectorAll('.nexo-link > path.nexo-line')).toHaveLength(3);
    expect(doc.querySelectorAll('.nexo-box')).toHaveLength(1);
    expect(doc.querySelector('.nexo-box text')?.textContent).toBe('Colombia');
  });

  it('gives each link the colour, width, dashes and arrow of its tone and family', () => {
    const doc = parse(graphToSvg(graph(), approximateMeasure));
    const line = (stroke: string) => doc.querySelector(`.nexo-line[stroke="${stroke}"]`)!;
    const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(',')})`;
    // The sanction: hostile, coercion (thick, solid); the praise: cooperative, words (dashed).
    expect(line(rgb(TONE_COLOR.hostile)).getAttribute('stroke-width')).toBe(
      String(FAMILY_STYLE.coercion.width),
    );
    expect(line(rgb(TONE_COLOR.hostile)).hasAttribute('stroke-dasharray')).toBe(false);
    expect(line(rgb(TONE_COLOR.cooperative)).getAttribute('stroke-dasharray')).toBe('6 3');
    // Arrows only on directed links, in the link's colour.
    const arrows = [...doc.querySelectorAll('.nexo-arrow')].map((a) => a.getAttribute('fill'));
    expect(arrows.sort()).toEqual([rgb(TONE_COLOR.neutral), rgb(TONE_COLOR.hostile)].sort());
  });

  it('writes names as escaped text, wrapped like the canvas', () => {
    const svg = graphToSvg(graph(), approximateMeasure);
    expect(svg).not.toContain('<b>');
    const doc = parse(svg);
    const labels = [...doc.querySelectorAll('.nexo-actor text')].map((t) =>
      [...t.querySelectorAll('tspan')].map((s) => s.textContent),
    );
    // 13 px labels wrap at 110 px, as on the canvas.
    expect(labels).toContainEqual(['Gustavo', '<b>Petro</b>', '& "Co"']);
    expect(labels).toContainEqual(['US Department', 'of the', 'Treasury']);
  });

  it('draws faded actors and links as faint as the stylesheet says', () => {
    const c = graph();
    c.getElementById('trump').addClass('faded');
    c.getElementById('call').addClass('faded');
    const doc = parse(graphToSvg(c, approximateMeasure));
    const opacities = (selector: string) =>
      [...doc.querySelectorAll(selector)].map((g) => g.getAttribute('opacity')).sort();
    expect(opacities('.nexo-actor')).toEqual(['0.13', null, null]);
    expect(opacities('.nexo-link')).toContain('0.13');
  });

  it('leaves out what is scrolled out of view and what focus hides', () => {
    const c = graph(800, 600);
    // Only the bottom-left actor (treasury, at 0,200) stays in a 100 × 100 view around it.
    vi.mocked(c.width).mockReturnValue(100);
    vi.mocked(c.height).mockReturnValue(100);
    c.viewport({ zoom: 1, pan: { x: 50, y: -150 } });
    let doc = parse(graphToSvg(c, approximateMeasure));
    expect([...doc.querySelectorAll('.nexo-actor tspan')].map((t) => t.textContent)).toEqual([
      'US Department',
      'of the',
      'Treasury',
    ]);

    c.viewport({ zoom: 1, pan: { x: 200, y: 150 } });
    vi.mocked(c.width).mockReturnValue(800);
    vi.mocked(c.height).mockReturnValue(600);
    c.getElementById('trump').addClass('focus-hidden');
    doc = parse(graphToSvg(c, approximateMeasure));
    expect(doc.querySelectorAll('.nexo-actor')).toHaveLength(2);
    // Both links to Trump go with him.
    expect(doc.querySelectorAll('.nexo-link')).toHaveLength(1);
  });

  it('marks a link on a path with its underlay and an actor on it with its orange border', () => {
    const c = graph();
    c.getElementById('sanction').addClass('on-path');
    c.getElementById('petro').addClass('on-path');
    const doc = parse(graphToSvg(c, approximateMeasure));
    expect(doc.querySelectorAll('.nexo-underlay')).toHaveLength(1);
    const shapes = [...doc.querySelectorAll('.nexo-actor .nexo-shape')];
    expect(shapes.filter((s) => s.getAttribute('stroke') === 'rgb(240,140,0)')).toHaveLength(1);
  });

  it("draws a large story's batched pair-edge strokes as one path each, above the boxes and under the actors", () => {
    const c = graph();
    const strokes = [
      {
        order: 1,
        color: '#e03131',
        width: 3,
        opacity: 0.85,
        round: false,
        segments: [0, 0, 300, 0, 0, 0, 0, 200],
      },
      { order: 9, color: '#ffd43b', width: 15, opacity: 0.35, round: true, segments: [0, 0, 300, 0] },
    ];
    const doc = parse(graphToSvg(c, approximateMeasure, 1, '#ffffff', strokes));
    const paths = [...doc.querySelectorAll('.nexo-graph > path.nexo-line')];
    expect(paths.map((p) => p.getAttribute('d'))).toEqual(['M0 0L300 0M0 0L0 200', 'M0 0L300 0']);
    expect(paths[0]?.getAttribute('stroke')).toBe('#e03131');
    expect(paths[0]?.getAttribute('stroke-opacity')).toBe('0.85');
    expect(paths[1]?.getAttribute('stroke-linecap')).toBe('round');
    const order = [...doc.querySelector('.nexo-graph')!.children].map((e) => e.getAttribute('class'));
    expect(order.indexOf('nexo-box')).toBeGreaterThanOrEqual(0);
    expect(order.indexOf('nexo-line')).toBeGreaterThan(order.indexOf('nexo-box'));
    expect(order.lastIndexOf('nexo-line')).toBeLessThan(order.indexOf('nexo-actor'));
  });
});
