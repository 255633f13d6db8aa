/**
 * Play, pause and the steps between events; speed, loop and how a window plays. Memoised: it renders
 * only when playback or the mode changes, not at every step of time (re-rendering the speed list
 * makes React walk its options, and the buttons are many).
 */
import { memo } from 'react';
import { SPEEDS, type WindowPlay } from '../../domain/playback';
import type { AppStore } from '../../store/appStore';
import type { PlaybackState } from '../../store/timeSlice';
import { Icon, IconButton } from './icons';

interface TransportProps {
  store: AppStore;
  playback: PlaybackState;
  windowMode: boolean;
  /** Embeds keep the buttons only. */
  compact: boolean;
}

export const Transport = memo(function Transport({ store, playback, windowMode, compact }: TransportProps) {
  const actions = store.getState();
  return (
    <>
      <div className="timebar__transport" role="group" aria-label="Playback">
        <IconButton icon="start" label="Go to start" keyHint="Home" onClick={() => actions.jumpTo('start')} />
        <IconButton
          icon="previous"
          label="Previous event"
          keyHint="["
          onClick={() => actions.stepChange(-1)}
        />
        <IconButton
          icon={playback.playing ? 'pause' : 'play'}
          label={playback.playing ? 'Pause' : 'Play'}
          keyHint="Space"
          className="timebar__play"
          onClick={() => actions.togglePlay()}
        />
        <IconButton icon="next" label="Next event" keyHint="]" onClick={() => actions.stepChange(1)} />
        <IconButton icon="end" label="Go to end" keyHint="End" onClick={() => actions.jumpTo('end')} />
      </div>

      {!compact && (
        <label className="timebar__speed">
          <span className="timebar__label">Speed</span>
          <select value={playback.speed} onChange={(e) => actions.setSpeed(Number(e.target.value))}>
            {SPEEDS.map((s) => (
              <option key={s.daysPerSecond} value={s.daysPerSecond}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
      )}
      {!compact && (
        <button
          type="button"
          className="timebar__toggle"
          aria-pressed={playback.loop}
          onClick={() => actions.setLoop(!playback.loop)}
          title="Start over at the end"
        >
          <Icon name="loop" /> Loop
        </button>
      )}
      {!compact && windowMode && (
        <label className="timebar__speed">
          <span className="timebar__label">Playing</span>
          <select
            aria-label="While playing, the window"
            value={playback.windowPlay}
            onChange={(e) => actions.setWindowPlay(e.target.value as WindowPlay)}
          >
            <option value="slide">slides</option>
            <option value="grow">grows</option>
          </select>
        </label>
      )}
    </>
  );
});
