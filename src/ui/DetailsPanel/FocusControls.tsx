/** Focus on an actor's neighbourhood, 1 to 3 steps out, dimming or hiding the rest. */
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store/StoreContext';
import type { AppState } from '../../store/appStore';

const selectFocus = (s: AppState) => ({ focus: s.focus, setFocus: s.setFocus, focusSet: s.focusSet });
const STEPS = [1, 2, 3] as const;

export function FocusControls({ actorId, actorName }: { actorId: string; actorName: string }) {
  const { focus, setFocus, focusSet } = useAppStore(useShallow(selectFocus));
  const mine = focus?.actorId === actorId ? focus : null;
  const hide = focus?.hide ?? false;
  return (
    <div className="focus-controls" role="group" aria-label={`Focus on ${actorName}`}>
      <span>Focus</span>
      <div className="segmented">
        <button type="button" aria-pressed={!mine} onClick={() => setFocus(null)}>
          Off
        </button>
        {STEPS.map((steps) => (
          <button
            key={steps}
            type="button"
            aria-pressed={mine?.steps === steps}
            aria-label={`${steps} step${steps > 1 ? 's' : ''} out`}
            onClick={() => setFocus({ actorId, steps, hide })}
          >
            {steps}
          </button>
        ))}
      </div>
      <div className="segmented">
        <button
          type="button"
          aria-pressed={!hide}
          onClick={() => focus && setFocus({ ...focus, hide: false })}
          disabled={!focus}
        >
          Dim rest
        </button>
        <button
          type="button"
          aria-pressed={hide}
          onClick={() => focus && setFocus({ ...focus, hide: true })}
          disabled={!focus}
        >
          Hide rest
        </button>
      </div>
      {mine && focusSet && (
        <p className="focus-controls__note muted" aria-live="polite">
          {focusSet.actors.size === 0
            ? `${actorName} is not on the graph at this date.`
            : `${focusSet.actors.size - 1} actor${focusSet.actors.size === 2 ? '' : 's'} within ${mine.steps} step${mine.steps > 1 ? 's' : ''}.`}
        </p>
      )}
    </div>
  );
}
