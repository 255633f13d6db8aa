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
import { shapePath } from '../../graphView/shapes';

// The same outlines the graph and its SVG export draw, fitted into the 16 × 16 icon.
const SHAPE_PATHS = Object.fromEntries(
  Object.values(ACTOR_STYLE).map(({ shape }) => [shape, shapePath(shape, 8, 8, 14, 14)]),
) as Record<NodeShape, string>;

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
