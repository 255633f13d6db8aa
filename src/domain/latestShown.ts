/**
 * The latest event on the graph, found without looking at the whole story. Every link shown at a
 * time query starts no later than the query's end (filters only take links away), so the answer is
 * at or before the last row starting by then: a binary search finds that row, and the walk back
 * passes only rows that started in time but are not shown (one-off events that have faded, links a
 * filter hides). That is a handful per step where the old way scanned every row.
 */
import { upperBound } from './timeline';

/**
 * Index of the last row (rows sorted by `starts`, ascending) at or before `upTo` for which
 * `isShown` holds, or -1 when none does.
 */
export function latestShownIndex(
  starts: Float64Array,
  upTo: number,
  isShown: (index: number) => boolean,
): number {
  for (let i = upperBound(starts, upTo) - 1; i >= 0; i--) if (isShown(i)) return i;
  return -1;
}
