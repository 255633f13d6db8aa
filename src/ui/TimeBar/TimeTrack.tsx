/**
 * The bar itself: the histogram, the date axis, and either the cursor (in force, up to) or the window
 * with its two handles. Each of those is a slider for the keyboard and screen readers; with a pointer
 * they are dragged, and the graph follows while dragging. A press on the bare track moves the cursor
 * there, or, in window mode, draws a new window.
 */
import { useEffect, useMemo, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { formatDayLong } from '../../domain/dates';
import type { Histogram as HistogramValue } from '../../domain/histogram';
import {
  axisTicks,
  dayEnd,
  dayIndex,
  dayStart,
  viewFraction,
  type DayGrid,
  type TimeView,
} from '../../domain/timeGrid';
import { clamp } from '../../domain/timeModes';
import { placeWindow } from '../../domain/timeSteps';
import type { TimeState } from '../../domain/timeModes';
import { Histogram } from './Histogram';
import { useElementWidth } from './useElementWidth';

export type Handle = 'cursor' | 'start' | 'end';

export interface TrackActions {
  setCursor(instant: number): void;
  setWindow(start: number, end: number): void;
  pause(): void;
}

type Drag =
  | { readonly part: 'cursor' | 'start' | 'end' }
  | { readonly part: 'window'; readonly fromDay: number; readonly start: number; readonly end: number }
  | { readonly part: 'brush'; readonly fromDay: number };

const pct = (f: number) => `${(f * 100).toFixed(3)}%`;

export function TimeTrack({
  grid,
  view,
  onZoom,
  extent,
  histogram,
  time,
  actions,
  onHandleKey,
}: {
  grid: DayGrid;
  /** The stretch of time shown; positions are fractions of it. */
  view: TimeView;
  /** Wheel zoom: factor above 1 zooms in, around the instant under the pointer. */
  onZoom(factor: number, around: number): void;
  extent: { readonly start: number; readonly end: number };
  histogram: HistogramValue;
  time: TimeState;
  actions: TrackActions;
  onHandleKey(handle: Handle, e: KeyboardEvent): void;
}) {
  const track = useRef<HTMLDivElement>(null);
  const drag = useRef<Drag | null>(null);
  const width = useElementWidth(track);
  const ticks = useMemo(
    () => axisTicks(view.start, view.end, Math.max(2, Math.floor(width / 80))),
    [view.start, view.end, width],
  );
  const at = (instant: number) => clamp(viewFraction(view, instant), 0, 1);
  const instantAt = (clientX: number) => {
    const rect = track.current!.getBoundingClientRect();
    const f = rect.width > 0 ? clamp((clientX - rect.left) / rect.width, 0, 1) : 0;
    return view.start + f * (view.end - view.start);
  };

  // React's wheel listener is passive; zooming must stop the page from scrolling, so listen natively.
  const zoomRef = useRef({ onZoom, instantAt });
  useEffect(() => {
    zoomRef.current = { onZoom, instantAt };
  });
  useEffect(() => {
    const el = track.current;
    if (!el) return;
    const onWheel = (e: WheelEvent) => {
      if (e.deltaY === 0) return;
      e.preventDefault();
      const { onZoom: zoom, instantAt: where } = zoomRef.current;
      zoom(e.deltaY < 0 ? 1.25 : 0.8, where(e.clientX));
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, []);
  const windowMode = time.mode === 'window';
  const startDay = dayIndex(grid, time.windowStart);
  const endDay = dayIndex(grid, time.windowEnd);
  const cursorDay = dayIndex(grid, time.cursor);

  const dayAt = (clientX: number) => dayIndex(grid, instantAt(clientX));

  const follow = (d: Drag, day: number) => {
    switch (d.part) {
      case 'cursor':
        return actions.setCursor(dayEnd(grid, day));
      case 'start':
        return actions.setWindow(dayStart(grid, Math.min(day, endDay)), time.windowEnd);
      case 'end':
        return actions.setWindow(time.windowStart, dayEnd(grid, Math.max(day, startDay)));
      case 'window': {
        const w = placeWindow(d.start + (day - d.fromDay) * 86_400_000, d.end - d.start, extent);
        return actions.setWindow(w.start, w.end);
      }
      case 'brush':
        return actions.setWindow(
          dayStart(grid, Math.min(d.fromDay, day)),
          dayEnd(grid, Math.max(d.fromDay, day)),
        );
    }
  };

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    const part = (e.target as HTMLElement).closest<HTMLElement>('[data-part]')?.dataset.part;
    const day = dayAt(e.clientX);
    let d: Drag;
    if (part === 'start' || part === 'end') d = { part };
    else if (part === 'window') d = { part, fromDay: day, start: time.windowStart, end: time.windowEnd };
    else d = windowMode ? { part: 'brush', fromDay: day } : { part: 'cursor' };
    drag.current = d;
    actions.pause();
    e.currentTarget.setPointerCapture?.(e.pointerId);
    if (d.part === 'cursor' || d.part === 'brush') follow(d, day);
    // Keep keyboard focus on what is being dragged, so arrows continue from there.
    const focusPart = d.part === 'brush' || d.part === 'window' ? 'end' : d.part;
    track.current?.querySelector<HTMLElement>(`[data-part="${focusPart}"]`)?.focus({ preventScroll: true });
    e.preventDefault();
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (drag.current) follow(drag.current, dayAt(e.clientX));
  };
  const endDrag = () => {
    drag.current = null;
  };

  const slider = (handle: Handle, label: string, day: number) => ({
    role: 'slider',
    tabIndex: 0,
    'aria-label': label,
    'aria-valuemin': 0,
    'aria-valuemax': grid.days - 1,
    'aria-valuenow': day,
    'aria-valuetext': formatDayLong(dayStart(grid, day)),
    'data-part': handle,
    onKeyDown: (e: KeyboardEvent) => onHandleKey(handle, e),
  });

  const winLeft = at(time.windowStart);
  const winRight = at(time.windowEnd);

  return (
    <div className="timebar__plot">
      <div
        ref={track}
        className={`timebar__track${windowMode ? ' timebar__track--window' : ''}`}
        data-testid="time-track"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={endDrag}
        onPointerCancel={endDrag}
        onLostPointerCapture={endDrag}
      >
        <Histogram histogram={histogram} grid={grid} view={view} />
        {windowMode ? (
          <>
            <div
              className="timebar__window"
              data-part="window"
              style={{ left: pct(winLeft), width: pct(winRight - winLeft) }}
              title="Drag to move the window"
            />
            <div
              className="timebar__handle timebar__handle--start"
              style={{ left: pct(winLeft) }}
              {...slider('start', 'Window start', startDay)}
            />
            <div
              className="timebar__handle timebar__handle--end"
              style={{ left: pct(winRight) }}
              {...slider('end', 'Window end', endDay)}
            />
          </>
        ) : (
          <div className="timebar__cursor" style={{ left: pct(at(time.cursor)) }}>
            <div className="timebar__knob" {...slider('cursor', 'Date', cursorDay)} />
          </div>
        )}
      </div>
      <div className="timebar__axis" aria-hidden="true">
        {ticks.map((tick) => (
          <span key={tick.at} className="timebar__tick" style={{ left: pct(at(tick.at)) }}>
            {tick.label}
          </span>
        ))}
      </div>
    </div>
  );
}
