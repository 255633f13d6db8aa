/** Chooses how the graph is laid out: the whole story (stable), by country, or around one actor. */
import { useShallow } from 'zustand/react/shallow';
import { actorName } from '../../domain/linkText';
import { useAppStore } from '../../store/StoreContext';
import type { AppState } from '../../store/appStore';
import { LAYOUT_LABELS, LAYOUTS } from '../../store/layoutSlice';
import '../common/common.css';
import './LayoutSwitcher.css';

const selectLayout = (s: AppState) => ({
  story: s.story,
  layout: s.layout,
  setLayout: s.setLayout,
  centre: s.radialCentre ?? (s.selection?.type === 'actor' ? s.selection.id : null),
});

export function LayoutSwitcher() {
  const { story, layout, setLayout, centre } = useAppStore(useShallow(selectLayout));
  if (!story) return null;
  const around = centre ?? story.focusPair?.[0] ?? null;
  return (
    <div className="layout-switcher" role="group" aria-label="Layout">
      <span className="layout-switcher__label">Layout</span>
      <div className="segmented">
        {LAYOUTS.map((l) => (
          <button
            key={l}
            type="button"
            aria-pressed={layout === l}
            onClick={() => setLayout(l)}
            title={l === 'radial' && around ? `Rings around ${actorName(story, around)}` : undefined}
          >
            {LAYOUT_LABELS[l]}
          </button>
        ))}
      </div>
      {layout === 'radial' && around && (
        <span className="layout-switcher__note">around {actorName(story, around)}</span>
      )}
    </div>
  );
}
