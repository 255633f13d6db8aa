import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The height of one row, read from a ruler row that never changes, and read again when it resizes
 * (the reader's font size or zoom). Every row of the list is one line per part, so all rows are this
 * tall: the list places rows by arithmetic instead of measuring each one as it scrolls in, which
 * forced a layout per new row while time played. Fractional heights are kept, so thousands of rows
 * down the positions do not drift. `fallback` where nothing is laid out (jsdom without mocks).
 */
export function useRowHeight(ruler: RefObject<HTMLElement | null>, fallback: number): number {
  const [height, setHeight] = useState(fallback);
  useLayoutEffect(() => {
    const el = ruler.current;
    if (!el) return;
    const measure = () => setHeight(el.getBoundingClientRect().height || el.offsetHeight || fallback);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ruler, fallback]);
  return height;
}
