/**
 * The relationship's temperature: the tone of each direct link between two actors over time, on the
 * same time scale as the bar, with the cursor (or the window) marked. Each link is a short bar across
 * the period its date covers (a month-precise event spans its month); a thin line joins them in order.
 * Which pair: see domain/toneSeries.ts (the selection's, else the story's focus pair).
 */
import { useCallback, useMemo } from 'react';
import { formatPartialDate, PRECISION_RANK } from '../../domain/dates';
import { gridFraction, type DayGrid, type TimeView } from '../../domain/timeGrid';
import type { TimeState } from '../../domain/timeModes';
import { pairFor, toneSeries, type TonePoint } from '../../domain/toneSeries';
import type { Story } from '../../domain/types';
import { LINK_KIND_LABELS, toneBand } from '../../domain/vocabulary';
import { TONE_COLOR } from '../../graphView/encoding';
import type { Selection } from '../../store/appStore';
import { PLOT_WIDTH, viewBoxX } from './Histogram';

const HEIGHT = 44;
const y = (tone: number) => HEIGHT / 2 - (tone / 10) * (HEIGHT / 2 - 3);
const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');

export function ToneLine({
  story,
  grid,
  view,
  time,
  selection,
}: {
  story: Story;
  grid: DayGrid;
  view: TimeView;
  time: TimeState;
  selection: Selection;
}) {
  const pair = useMemo(() => pairFor(story, selection), [story, selection]);
  const series = useMemo(() => (pair ? toneSeries(story, pair) : []), [story, pair]);
  const x = useCallback((instant: number) => gridFraction(grid, instant) * PLOT_WIDTH, [grid]);
  // The line and its marks change with the pair, not with time: drawn once, not at every step.
  const drawing = useMemo(() => {
    const path = tonePath(series, x);
    return (
      <>
        {path && <path d={path} className="timebar__tone-path" />}
        {series.map((p) => {
          const link = story.linkById.get(p.linkId)!;
          return (
            <rect
              key={p.linkId}
              x={x(p.start)}
              y={y(p.tone) - 2}
              width={Math.max(3, x(p.end) - x(p.start))}
              height={4}
              fill={TONE_COLOR[toneBand(p.tone)]}
              opacity={PRECISION_RANK[p.precision] >= PRECISION_RANK.month ? 1 : 0.35}
            >
              <title>{`${formatPartialDate(p.date)} · ${LINK_KIND_LABELS[link.kind]} · tone ${signed(p.tone)}`}</title>
            </rect>
          );
        })}
      </>
    );
  }, [story, series, x]);
  if (!pair) return null;
  const names = pair.map((id) => story.actorById.get(id)?.name ?? id);
  const tones = series.map((p) => p.tone);
  const summary =
    series.length === 0
      ? `No direct links between ${names[0]} and ${names[1]}`
      : `${series.length} direct links between ${names[0]} and ${names[1]}, tone from ${signed(Math.min(...tones))} to ${signed(Math.max(...tones))}`;

  return (
    <div className="timebar__lane timebar__lane--tone" data-testid="tone-line">
      <div className="timebar__lane-label">
        <span className="timebar__lane-title">Tone</span>
        <span className="timebar__pair" data-testid="tone-pair">
          {names[0]} – {names[1]}
        </span>
      </div>
      <div className="timebar__plot">
        <svg
          className="timebar__tone"
          viewBox={`${viewBoxX(grid, view)} ${HEIGHT}`}
          preserveAspectRatio="none"
          role="img"
          aria-label={`Tone over time: ${summary}`}
        >
          <rect x="0" y="0" width={PLOT_WIDTH} height={HEIGHT / 2} className="timebar__tone-warm" />
          <rect x="0" y={HEIGHT / 2} width={PLOT_WIDTH} height={HEIGHT / 2} className="timebar__tone-cold" />
          <line x1="0" x2={PLOT_WIDTH} y1={HEIGHT / 2} y2={HEIGHT / 2} className="timebar__tone-zero" />
          {time.mode === 'window' ? (
            <rect
              x={x(time.windowStart)}
              width={Math.max(1, x(time.windowEnd) - x(time.windowStart))}
              y="0"
              height={HEIGHT}
              className="timebar__tone-window"
            />
          ) : (
            <line
              x1={x(time.cursor)}
              x2={x(time.cursor)}
              y1="0"
              y2={HEIGHT}
              className="timebar__tone-cursor"
            />
          )}
          {drawing}
        </svg>
        {series.length === 0 && <p className="timebar__tone-empty">{summary}</p>}
      </div>
    </div>
  );
}

/**
 * The line through the marks dated to the month or finer: along each mark's own period, joined to the
 * next one only when that starts after it ends, so it never passes through a made-up day. Marks known
 * only to the year are drawn faint and left off the line.
 */
function tonePath(series: readonly TonePoint[], x: (instant: number) => number): string {
  let d = '';
  let lastEnd = -Infinity;
  for (const p of series) {
    if (PRECISION_RANK[p.precision] < PRECISION_RANK.month) continue;
    const joined = p.start >= lastEnd && lastEnd > -Infinity;
    d += `${joined ? 'L' : 'M'}${x(p.start)} ${y(p.tone)}L${Math.max(x(p.end), x(p.start) + 1)} ${y(p.tone)}`;
    lastEnd = Math.max(lastEnd, p.end);
  }
  return d;
}
