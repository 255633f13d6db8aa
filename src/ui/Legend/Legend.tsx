/**
 * The key to the graph: actor kinds by shape and colour, link families by line, tone by colour. Its
 * headings are h2: it sits right under the page's h1, beside the sidebar's panels.
 */
import {
  ACTOR_KIND_LABELS,
  LINK_FAMILY_LABELS,
  TONE_BAND_LABELS,
  type ActorKind,
  type LinkFamily,
  type ToneBand,
} from '../../domain/vocabulary';
import { ACTOR_STYLE, FAMILY_STYLE, TONE_COLOR, type NodeShape } from '../../graphView/encoding';

const SHAPE_PATHS: Record<NodeShape, string> = {
  ellipse: 'M8 1a7 7 0 1 0 0.01 0Z',
  hexagon: 'M4 1.5h8l3.5 6.5-3.5 6.5H4L0.5 8Z',
  rectangle: 'M1.5 1.5h13v13h-13Z',
  diamond: 'M8 0.5l7.5 7.5-7.5 7.5L0.5 8Z',
  pentagon: 'M8 0.8l7.2 5.3-2.8 8.6H3.6L0.8 6.1Z',
  triangle: 'M8 1l7.5 14H0.5Z',
  octagon: 'M5 1h6l4 4v6l-4 4H5l-4-4V5Z',
  barrel: 'M3 1.5h10q2.5 6.5 0 13H3q-2.5-6.5 0-13Z',
  tag: 'M1 2h10l4 6-4 6H1Z',
  star: 'M8 0.5l2.2 5 5.3 0.5-4 3.6 1.2 5.3L8 12.2l-4.7 2.7 1.2-5.3-4-3.6 5.3-0.5Z',
  'round-rectangle':
    'M4 1.5h8a2.5 2.5 0 0 1 2.5 2.5v8a2.5 2.5 0 0 1-2.5 2.5H4A2.5 2.5 0 0 1 1.5 12V4A2.5 2.5 0 0 1 4 1.5Z',
};

const DASH: Record<string, string | undefined> = { solid: undefined, dashed: '5 3', dotted: '1.5 2.5' };

export function Legend({
  kinds,
  defaultOpen = true,
}: {
  kinds?: readonly ActorKind[];
  defaultOpen?: boolean;
}) {
  const shownKinds = kinds ?? (Object.keys(ACTOR_KIND_LABELS) as ActorKind[]);
  return (
    <details className="legend" open={defaultOpen}>
      <summary>Legend</summary>
      <h2>Actors</h2>
      <ul>
        {shownKinds.map((kind) => (
          <li key={kind}>
            <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
              <path d={SHAPE_PATHS[ACTOR_STYLE[kind].shape]} fill={ACTOR_STYLE[kind].color} />
            </svg>
            {ACTOR_KIND_LABELS[kind]}
          </li>
        ))}
      </ul>
      <h2>Links</h2>
      <ul>
        {(Object.keys(LINK_FAMILY_LABELS) as LinkFamily[]).map((family) => (
          <li key={family}>
            <svg width="28" height="10" viewBox="0 0 28 10" aria-hidden="true">
              <line
                x1="1"
                y1="5"
                x2="27"
                y2="5"
                stroke="#495057"
                strokeWidth={Math.min(FAMILY_STYLE[family].width, 4)}
                strokeDasharray={DASH[FAMILY_STYLE[family].line]}
              />
            </svg>
            {LINK_FAMILY_LABELS[family]}
          </li>
        ))}
      </ul>
      <h2>Tone</h2>
      <ul>
        {(Object.keys(TONE_BAND_LABELS) as ToneBand[]).map((band) => (
          <li key={band}>
            <svg width="28" height="10" viewBox="0 0 28 10" aria-hidden="true">
              <line x1="1" y1="5" x2="27" y2="5" stroke={TONE_COLOR[band]} strokeWidth="3" />
            </svg>
            {TONE_BAND_LABELS[band]}
          </li>
        ))}
        <li className="legend__note">Faint lines are planned, not yet done.</li>
      </ul>
    </details>
  );
}
