/**
 * One tab stop for a long list of controls (WAI-ARIA "roving tabindex"): Tab enters and leaves the
 * list in one press, arrow keys move inside it. Without it the event list alone is a hundred Tab
 * presses between the graph and the time bar.
 */

/** Where focus goes from `index` among `count` items on `key`, or null when the key is not ours. */
export function rovingIndex(key: string, index: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowDown':
      return Math.min(index + 1, count - 1);
    case 'ArrowUp':
      return Math.max(index - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    case 'PageDown':
      return Math.min(index + 10, count - 1);
    case 'PageUp':
      return Math.max(index - 10, 0);
    default:
      return null;
  }
}
