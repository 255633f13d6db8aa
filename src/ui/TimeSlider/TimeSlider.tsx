/** A plain date slider with an explicit time mode; the full time bar builds on it. */
import { useShallow } from 'zustand/react/shallow';
import { DAY_MS, formatDay, formatDayLong, startOfDay } from '../../domain/dates';
import { TIME_MODES, TIME_MODE_LABELS, type TimeMode } from '../../domain/timeModes';
import { useAppStore } from '../../store/StoreContext';
import type { AppState } from '../../store/appStore';

const selectSlider = (s: AppState) => ({
  extent: s.story?.extent ?? null,
  cursor: s.time.cursor,
  mode: s.time.mode,
  setCursor: s.setCursor,
  setMode: s.setMode,
});

export function TimeSlider() {
  const { extent, cursor, mode, setCursor, setMode } = useAppStore(useShallow(selectSlider));
  if (!extent) return null;
  const first = startOfDay(extent.start);
  const days = Math.max(0, Math.floor((extent.end - 1 - first) / DAY_MS));
  const value = Math.round((startOfDay(cursor) - first) / DAY_MS);

  return (
    <div className="time-slider">
      <label className="time-slider__mode">
        <span>Show</span>
        <select
          value={mode}
          onChange={(e) => setMode(e.target.value as TimeMode)}
          aria-label="What the date shows"
        >
          {TIME_MODES.map((m) => (
            <option key={m} value={m}>
              {TIME_MODE_LABELS[m]}
            </option>
          ))}
        </select>
      </label>
      <span className="time-slider__edge">{formatDay(first)}</span>
      <input
        type="range"
        min={0}
        max={days}
        step={1}
        value={value}
        aria-label="Date"
        aria-valuetext={formatDayLong(first + value * DAY_MS)}
        onChange={(e) => setCursor(first + Number(e.target.value) * DAY_MS)}
      />
      <span className="time-slider__edge">{formatDay(first + days * DAY_MS)}</span>
      <output className="time-slider__date" aria-live="polite" data-testid="cursor-date">
        {formatDay(first + value * DAY_MS)}
      </output>
    </div>
  );
}
