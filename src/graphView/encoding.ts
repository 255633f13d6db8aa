/**
 * The visual encoding shared by the graph and its legend: each actor kind has a shape and a colour,
 * each link family a line style, each tone band a colour. Free of Cytoscape so ui/ can draw the legend.
 */
import type { ActorKind, LinkFamily, ToneBand } from '../domain/vocabulary';

export type NodeShape =
  | 'ellipse'
  | 'hexagon'
  | 'rectangle'
  | 'diamond'
  | 'pentagon'
  | 'triangle'
  | 'octagon'
  | 'barrel'
  | 'tag'
  | 'star'
  | 'round-rectangle';

export const ACTOR_STYLE: Record<ActorKind, { shape: NodeShape; color: string }> = {
  person: { shape: 'ellipse', color: '#3b5bdb' },
  country: { shape: 'hexagon', color: '#0b7285' },
  government: { shape: 'rectangle', color: '#6741d9' },
  company: { shape: 'diamond', color: '#e67700' },
  party: { shape: 'pentagon', color: '#c2255c' },
  'armed-group': { shape: 'triangle', color: '#495057' },
  organisation: { shape: 'octagon', color: '#1971c2' },
  university: { shape: 'barrel', color: '#5c940d' },
  media: { shape: 'tag', color: '#862e9c' },
  place: { shape: 'star', color: '#868e96' },
  group: { shape: 'round-rectangle', color: '#a07c00' },
};

export const TONE_COLOR: Record<ToneBand, string> = {
  hostile: '#e03131',
  neutral: '#868e96',
  cooperative: '#2f9e44',
};

export type LineStyle = 'solid' | 'dashed' | 'dotted';
export const FAMILY_STYLE: Record<
  LinkFamily,
  { line: LineStyle; width: number; arrow: 'triangle' | 'tee' | 'vee' }
> = {
  contact: { line: 'solid', width: 2.5, arrow: 'triangle' },
  words: { line: 'dashed', width: 2, arrow: 'vee' },
  coercion: { line: 'solid', width: 3.5, arrow: 'tee' },
  force: { line: 'solid', width: 5, arrow: 'triangle' },
  tie: { line: 'dotted', width: 1.5, arrow: 'triangle' },
};
