import type { StylesheetJson } from 'cytoscape';
import { FULL_DETAIL, type DetailLevel } from '../domain/levelOfDetail';
import { ACTOR_KINDS, LINK_FAMILY, LINK_KINDS, TONE_BANDS } from '../domain/vocabulary';
import { ACTOR_STYLE, FAMILY_STYLE, TONE_COLOR } from './encoding';

/** Cytoscape styles generated from the shared encoding. Data fields: label, kind, family, tone. */
export function buildStylesheet(detail: DetailLevel = FULL_DETAIL): StylesheetJson {
  const families = [...new Set(LINK_KINDS.map((k) => LINK_FAMILY[k]))];
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-size': 11,
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
        'border-width': 2,
        'border-color': '#ffffff',
      },
    },
    ...ACTOR_KINDS.map((kind) => ({
      selector: `node[kind = "${kind}"]`,
      style: { shape: ACTOR_STYLE[kind].shape, 'background-color': ACTOR_STYLE[kind].color },
    })),
    { selector: 'node[?focus]', style: { width: 40, height: 40, 'font-size': 13, 'font-weight': 'bold' } },
    {
      selector: 'edge',
      style: {
        'curve-style': 'bezier',
        width: 2,
        'line-color': TONE_COLOR.neutral,
        'target-arrow-color': TONE_COLOR.neutral,
        'arrow-scale': 0.9,
        opacity: 0.85,
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
    { selector: 'edge[?planned]', style: { opacity: 0.4 } },
    {
      selector: '.selected',
      style: { 'overlay-color': '#ffd43b', 'overlay-opacity': 0.35, 'overlay-padding': 6 },
    },
    { selector: 'node.entering', style: { 'border-color': '#ffd43b', 'border-width': 5 } },
    { selector: 'edge.entering', style: { width: 6 } },
    ...(detail.arrows ? [] : DENSE_EDGES),
    ...(detail.lineStyles ? [] : [{ selector: 'edge', style: { 'line-style': 'solid' as const } }]),
  ];
}

// Straight, arrowless edges: haystack skips control points, endpoints and arrowheads altogether.
const DENSE_EDGES: StylesheetJson = [
  {
    selector: 'edge',
    style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none' },
  },
  { selector: 'node', style: { 'border-width': 0 } },
  // A pair edge grows with the number of links it stands for.
  { selector: 'edge[weight]', style: { width: 'mapData(weight, 1, 8, 1.5, 6)' } },
];
