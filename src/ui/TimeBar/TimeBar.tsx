/**
 * The time bar: choose what "at this time" means, move through the story by hand, by event or by
 * playing it, and see how busy each period was and how warm the chosen relationship is. Everything
 * goes through store actions; the only side effect here is starting the playback driver.
 */
import { memo, useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { formatDay } from '../../domain/dates';
import { buildHistogram, detailedRange } from '../../domain/histogram';
import {
  clampView,
  dayEnd,
  dayGrid,
  dayIndex,
  dayStart,
  gridView,
  viewIncluding,
  zoomView,
  type TimeView,
} from '../../domain/timeGrid';
import { TIME_MODES, type TimeMode, type TimeState } from '../../domain/timeModes';
import { TONE_BANDS } from '../../domain/vocabulary';
import { TONE_COLOR } from '../../graphView/encoding';
import { drivePlayback } from '../../store/playback';
import { useAppStore, useAppStoreApi } from '../../store/StoreContext';
import type { AppState } from '../../store/appStore';
import { commandForKey, dayAfter, KEY_HELP, windowAfter } from './keys';
import { TimeTrack, type Handle } from './TimeTrack';
import { IconButton } from './icons';
import { ToneLine } from './ToneLine';
import { Transport } from './Transport';
import './TimeBar.css';

const selectBar = (s: AppState) => ({
  story: s.story,
  time: s.time,
  playback: s.playback,
  selection: s.selection,
});

const MODE_NAMES: Record<TimeMode, string> = { 'in-force': 'In force', 'up-to': 'Up to', window: 'Window' };
const MODE_HINTS: Record<TimeMode, string> = {
  'in-force': 'What holds on the date: spans in force, one-off events for 30 days, fading',
  'up-to': 'Everything that happened up to the date',
  window: 'Everything active at some point in the window',
};

const ZOOMS = [
  { label: 'Zoom in', icon: 'zoomIn', factor: 2 },
  { label: 'Zoom out', icon: 'zoomOut', factor: 0.5 },
] as const;

function describeTime(time: TimeState): string {
  switch (time.mode) {
    case 'in-force':
      return 'In force on';
    case 'up-to':
      return 'Everything up to';
    case 'window':
      return 'Active from';
  }
}

/**
 * The three time modes as radio buttons. Memoised so it renders only when the mode changes: React
 * rewrites a controlled radio's name and type whenever it re-renders it, which restyled the time bar
 * at every step of time.
 */
const ModeSwitch = memo(function ModeSwitch({
  mode,
  onChange,
}: {
  mode: TimeMode;
  onChange: (mode: TimeMode) => void;
}) {
  return (
    <fieldset className="timebar__modes">
      <legend className="timebar__label">Show</legend>
      {TIME_MODES.map((m) => (
        <label key={m} className="timebar__mode" title={MODE_HINTS[m]}>
          <input type="radio" name="time-mode" value={m} checked={mode === m} onChange={() => onChange(m)} />
          <span>{MODE_NAMES[m]}</span>
        </label>
      ))}
    </fieldset>
  );
});

/** The time bar; `compact` (for embeds) keeps the modes, the transport and the track only. */
export function TimeBar({ compact = false }: { compact?: boolean }) {
  const store = useAppStoreApi();
  const { story, time, playback, selection } = useAppStore(useShallow(selectBar));
  useEffect(() => drivePlayback(store), [store]);
  const grid = useMemo(() => (story ? dayGrid(story.extent) : null), [story]);
  const histogram = useMemo(() => (story ? buildHistogram(story) : null), [story]);
  const whole = useMemo(() => (grid ? gridView(grid) : null), [grid]);
  // The bar opens on the detailed part of the story; the user may zoom (kept per story).
  const opening = useMemo(
    () => (story && whole ? clampView(detailedRange(story), whole) : null),
    [story, whole],
  );
  const [zoomed, setZoomed] = useState<{ story: unknown; view: TimeView } | null>(null);

  // Space and the brackets work from anywhere that is not a control of its own (the page, the graph).
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      const free = !target || target === document.body || target.closest('.graph-canvas');
      if (!free) return;
      const cmd = commandForKey(e);
      if (cmd?.type === 'play') store.getState().togglePlay();
      else if (cmd?.type === 'event') store.getState().stepChange(cmd.dir);
      else return;
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [store]);

  if (!story || !grid || !histogram || !whole || !opening) return null;
  const actions = store.getState();
  const chosenView = zoomed?.story === story ? zoomed.view : opening;
  // The cursor or the window is always on screen: the view pans (or widens) to keep it there.
  const view =
    time.mode === 'window'
      ? viewIncluding(chosenView, time.windowStart, time.windowEnd, whole)
      : viewIncluding(chosenView, time.cursor, time.cursor, whole);
  const setView = (next: TimeView) => setZoomed({ story, view: next });
  const focus = time.mode === 'window' ? (time.windowStart + time.windowEnd) / 2 : time.cursor;

  const onHandleKey = (handle: Handle, e: KeyboardEvent) => {
    const cmd = commandForKey(e);
    if (!cmd) return;
    e.preventDefault();
    const s = store.getState();
    if (cmd.type === 'play') return s.togglePlay();
    if (cmd.type === 'event') return s.stepChange(cmd.dir);
    if (handle === 'cursor') {
      if (cmd.type === 'edge') return s.jumpTo(cmd.edge);
      return s.setCursor(dayEnd(grid, dayAfter(grid, dayIndex(grid, s.time.cursor), cmd)));
    }
    const w = windowAfter(
      grid,
      { startDay: dayIndex(grid, s.time.windowStart), endDay: dayIndex(grid, s.time.windowEnd) },
      handle,
      cmd,
    );
    s.setWindow(dayStart(grid, w.startDay), dayEnd(grid, w.endDay));
  };

  const windowMode = time.mode === 'window';
  const cursorText = formatDay(time.cursor);

  return (
    <section className="timebar" aria-label="Time">
      <div className="timebar__controls">
        <ModeSwitch mode={time.mode} onChange={actions.setMode} />

        <Transport store={store} playback={playback} windowMode={windowMode} compact={compact} />

        <p className="timebar__readout" aria-live={playback.playing ? 'off' : 'polite'}>
          <span className="timebar__readout-mode">{describeTime(time)}</span>{' '}
          {windowMode ? (
            <output data-testid="window-range" className="timebar__date">
              {formatDay(time.windowStart)} to {formatDay(Math.max(time.windowStart, time.windowEnd - 1))}
            </output>
          ) : (
            <output data-testid="cursor-date" className="timebar__date">
              {cursorText}
            </output>
          )}
        </p>
      </div>

      <div className="timebar__lane">
        {!compact && (
          <div className="timebar__lane-label">
            <span className="timebar__lane-title">Events per {histogram.unit}</span>
            <span className="timebar__legend" aria-hidden="true">
              {TONE_BANDS.map((band) => (
                <span key={band}>
                  <i className="timebar__swatch" style={{ background: TONE_COLOR[band] }} /> {band}
                </span>
              ))}
            </span>
            <span className="timebar__zoom" role="group" aria-label="Zoom the time bar">
              {ZOOMS.map(({ label, icon, factor }) => (
                <IconButton
                  key={label}
                  icon={icon}
                  label={label}
                  onClick={() => setView(zoomView(view, factor, focus, whole))}
                />
              ))}
              <button
                type="button"
                onClick={() => setView(whole)}
                aria-pressed={view.start === whole.start && view.end === whole.end}
              >
                Whole timeline
              </button>
            </span>
          </div>
        )}
        <TimeTrack
          grid={grid}
          view={view}
          onZoom={(factor, around) => setView(zoomView(view, factor, around, whole))}
          extent={story.extent}
          histogram={histogram}
          time={time}
          actions={actions}
          onHandleKey={onHandleKey}
        />
      </div>
      {!compact && (
        <>
          <ToneLine story={story} grid={grid} view={view} time={time} selection={selection} />
          <p className="timebar__hint">{KEY_HELP}</p>
        </>
      )}
    </section>
  );
}
