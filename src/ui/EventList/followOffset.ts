/**
 * Where the event list should scroll so that one row is in view, moving as little as possible: the
 * row lands at the bottom edge when it is below the view, at the top edge when above, and nothing
 * moves (null) when it is already wholly in view. Everything is in pixels along the list, from the
 * virtualiser's own bookkeeping, so following time never reads the page's layout.
 */
export function followOffset(
  row: { readonly start: number; readonly end: number },
  view: { readonly offset: number; readonly size: number },
  totalSize: number,
): number | null {
  if (view.size <= 0) return null;
  const { offset, size } = view;
  if (row.start >= offset && row.end <= offset + size) return null;
  const wanted = row.end > offset + size ? row.end - size : row.start;
  const clamped = Math.max(0, Math.min(wanted, totalSize - size));
  return clamped === offset ? null : clamped;
}
