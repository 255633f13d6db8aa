/**
 * The events histogram behind the time bar: one stacked bar per period, coloured by tone band
 * (hostile at the bottom), and, under it, a lane for events dated only to a longer period, drawn
 * across that whole period. Heights follow the square root of the count, so quiet months stay visible
 * beside a month of fifty events.
 */
import { memo } from 'react';
import { formatPartialDate } from '../../domain/dates';
import type { CoarseGroup, Histogram as HistogramValue } from '../../domain/histogram';
import { gridFraction, type DayGrid, type TimeView } from '../../domain/timeGrid';
import { TONE_BANDS } from '../../domain/vocabulary';
import { TONE_COLOR } from '../../graphView/encoding';

export const PLOT_WIDTH = 1000;
const BAR_HEIGHT = 40;
const LANE_HEIGHT = 5;

const x = (grid: DayGrid, instant: number) => gridFraction(grid, instant) * PLOT_WIDTH;

/** The SVG viewBox's horizontal part that shows `view`: drawings stay in whole-story units, so zooming redraws nothing. */
export function viewBoxX(grid: DayGrid, view: TimeView): string {
  const x0 = x(grid, view.start);
  return `${x0} 0 ${Math.max(0.001, x(grid, view.end) - x0)}`;
}

/** Lanes so that no two coarse groups overlap in one lane. */
function laneOf(groups: readonly CoarseGroup[]): number[] {
  const laneEnds: number[] = [];
  return groups.map((g) => {
    let lane = laneEnds.findIndex((end) => end <= g.start);
    if (lane < 0) lane = laneEnds.push(0) - 1;
    laneEnds[lane] = g.end;
    return lane;
  });
}

const UNIT_WORD = { day: 'day', month: 'month', year: 'year' } as const;

export const Histogram = memo(function Histogram({
  histogram,
  grid,
  view,
}: {
  histogram: HistogramValue;
  grid: DayGrid;
  view: TimeView;
}) {
  const lanes = laneOf(histogram.coarse);
  const laneCount = lanes.length === 0 ? 0 : Math.max(...lanes) + 1;
  const height = BAR_HEIGHT + 2 + laneCount * (LANE_HEIGHT + 1);
  const scale = histogram.max > 0 ? BAR_HEIGHT / Math.sqrt(histogram.max) : 0;
  return (
    <svg
      className="timebar__histogram"
      viewBox={`${viewBoxX(grid, view)} ${height}`}
      preserveAspectRatio="none"
      style={{ height }}
      aria-hidden="true"
      data-testid="histogram"
    >
      {histogram.bins.map((bin) => {
        if (bin.total === 0) return null;
        const x0 = x(grid, bin.start);
        const width = Math.max(1, (x(grid, bin.end) - x0) * 0.86);
        const h = Math.max(2, Math.sqrt(bin.total) * scale);
        let y = BAR_HEIGHT;
        return (
          <g key={bin.start} data-count={bin.total}>
            <title>{`${plural(bin.total, 'event')} in this ${UNIT_WORD[histogram.unit]}`}</title>
            {TONE_BANDS.map((band) => {
              const part = (h * bin.counts[band]) / bin.total;
              if (part === 0) return null;
              y -= part;
              return <rect key={band} x={x0} y={y} width={width} height={part} fill={TONE_COLOR[band]} />;
            })}
          </g>
        );
      })}
      {histogram.coarse.map((g, i) => {
        const main = TONE_BANDS.reduce((a, b) => (g.counts[b] > g.counts[a] ? b : a));
        return (
          <rect
            key={`${g.start}/${g.end}`}
            className="timebar__coarse"
            x={x(grid, g.start)}
            y={BAR_HEIGHT + 2 + lanes[i]! * (LANE_HEIGHT + 1)}
            width={Math.max(2, x(grid, g.end) - x(grid, g.start))}
            height={LANE_HEIGHT}
            fill={TONE_COLOR[main]}
          >
            <title>{`${plural(g.total, 'event')} dated only to ${formatPartialDate(g.date)}`}</title>
          </rect>
        );
      })}
    </svg>
  );
});

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
