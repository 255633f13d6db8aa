import type { StylesheetJson } from 'cytoscape';
import { FULL_DETAIL, type DetailLevel } from '../domain/levelOfDetail';
import { ACTOR_KINDS, LINK_FAMILY, LINK_KINDS, TONE_BANDS } from '../domain/vocabulary';
import { ACTOR_STYLE, FAMILY_STYLE, TONE_COLOR } from './encoding';

/** The emphasis classes that dim an element: faded by a filter, outside the focus, off the path. */
export const DIM_CLASSES = ['faded', 'focus-out', 'off-path'] as const;

/** Country boxes, focus, paths and faded filters (classes set by the adapter's setEmphasis). */
const exploreStyles: StylesheetJson = [
  {
    selector: 'node.box',
    style: {
      shape: 'round-rectangle',
      'background-color': '#e9ecef',
      'background-opacity': 0.45,
      'border-width': 1,
      'border-color': '#adb5bd',
      'border-style': 'dashed',
      'text-valign': 'top',
      'text-halign': 'center',
      'text-margin-y': -4,
      'font-size': 12,
      'font-weight': 'bold',
      color: '#495057',
      padding: '14px',
    },
  },
  { selector: DIM_CLASSES.map((c) => `.${c}`).join(', '), style: { opacity: 0.13 } },
  { selector: '.focus-hidden', style: { display: 'none' } },
  { selector: 'node.on-path', style: { 'border-color': '#f08c00', 'border-width': 5, opacity: 1 } },
  {
    selector: 'edge.on-path',
    style: {
      opacity: 1,
      'underlay-color': '#ffd43b',
      'underlay-opacity': 0.8,
      'underlay-padding': 4,
      'z-index': 10,
    },
  },
];

/** The largest font an actor's label has (the focus pair's), in px. */
const LARGEST_LABEL_PX = 15;

/**
 * Below this zoom no actor label is drawn anyway (`min-zoomed-font-size`), so large stories leave
 * labels out altogether there: Cytoscape then neither measures the label of each actor that enters
 * nor looks at it in every frame (about 1.4 µs per actor per frame, measured).
 */
export function labelZoom(detail: DetailLevel): number {
  return (detail.minLabelPx / LARGEST_LABEL_PX) * 0.95;
}

/**
 * Cytoscape styles generated from the shared encoding. Data fields: label, kind, family, tone.
 * `labels: false` leaves actor labels out (see labelZoom).
 */
export function buildStylesheet(
  detail: DetailLevel = FULL_DETAIL,
  { labels = true }: { labels?: boolean } = {},
): StylesheetJson {
  const families = [...new Set(LINK_KINDS.map((k) => LINK_FAMILY[k]))];
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-size': 13,
        'font-family': 'system-ui, sans-serif',
        color: '#1f2328',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': '110px',
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        'min-zoomed-font-size': detail.minLabelPx,
        width: 26,
        height: 26,
        // Large stories leave out the white ring: the entering and path rings below still show.
        'border-width': detail.arrows ? 2 : 0,
        'border-color': '#ffffff',
      },
    },
    ...ACTOR_KINDS.map((kind) => ({
      selector: `node[kind = "${kind}"]`,
      style: { shape: ACTOR_STYLE[kind].shape, 'background-color': ACTOR_STYLE[kind].color },
    })),
    { selector: 'node[?focus]', style: { width: 40, height: 40, 'font-size': 15, 'font-weight': 'bold' } },
    {
      selector: 'edge',
      style: {
        width: 2,
        'line-color': TONE_COLOR.neutral,
        'target-arrow-color': TONE_COLOR.neutral,
        'arrow-scale': 0.9,
        opacity: 0.85,
      },
    },
    {
      // Each link keeps its own lane between its pair (see domain/pairLanes), so the picture does not
      // depend on the order links were added, as Cytoscape's automatic bundling does. Only story
      // links have a lane: merged pair edges (large stories) have none, and a mapping without its data
      // field makes Cytoscape warn on every redraw.
      selector: 'edge[bend]',
      style: {
        'curve-style': 'unbundled-bezier',
        'control-point-distances': 'data(bend)',
        'control-point-weights': 0.5,
      },
    },
    ...TONE_BANDS.map((band) => ({
      selector: `edge[tone = "${band}"]`,
      style: { 'line-color': TONE_COLOR[band], 'target-arrow-color': TONE_COLOR[band] },
    })),
    ...families.map((family) => ({
      selector: `edge[family = "${family}"]`,
      style: { 'line-style': FAMILY_STYLE[family].line, width: FAMILY_STYLE[family].width },
    })),
    ...families.map((family) => ({
      selector: `edge[family = "${family}"][?directed]`,
      style: { 'target-arrow-shape': FAMILY_STYLE[family].arrow },
    })),
    // One-off events lingering in force fade in steps as they age (domain/fade.ts).
    { selector: 'edge[age = 1]', style: { opacity: 0.65 } },
    { selector: 'edge[age = 2]', style: { opacity: 0.45 } },
    { selector: 'edge[age = 3]', style: { opacity: 0.28 } },
    { selector: 'edge[?planned]', style: { opacity: 0.4 } },
    {
      selector: '.selected',
      style: { 'overlay-color': '#ffd43b', 'overlay-opacity': 0.35, 'overlay-padding': 6 },
    },
    { selector: 'node.entering', style: { 'border-color': '#ffd43b', 'border-width': 5 } },
    { selector: 'edge.entering', style: { width: 6 } },
    ...exploreStyles,
    ...(detail.arrows ? [] : DENSE_EDGES),
    ...(detail.lineStyles ? [] : [{ selector: 'edge', style: { 'line-style': 'solid' as const } }]),
    ...(labels ? [] : [{ selector: 'node:childless', style: { label: '' } }]),
  ];
}

// Straight, arrowless edges: haystack skips control points, endpoints and arrowheads altogether.
const DENSE_EDGES: StylesheetJson = [
  {
    selector: 'edge',
    style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none' },
  },
];
