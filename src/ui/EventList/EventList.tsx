/**
 * Every event of the story in time order, beside the graph: its date at the precision the sources
 * give, who did what to whom, and one line of description. The events on the graph now are marked,
 * and the latest of them is scrolled into view as time moves. Choosing one moves time to it and
 * selects its link. The list is one tab stop; the arrow keys move inside it.
 *
 * A story can have tens of thousands of events and time moves every frame while playing, so the
 * list costs what is on screen: only the rows in and near the viewport are rendered (TanStack
 * Virtual), all rows are as tall as one ruler row (useRowHeight), each asks the store whether its
 * link is shown, and the latest shown event is found by binary search on the rows' start times
 * (latestShownIndex).
 */
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import {
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import { useShallow } from 'zustand/react/shallow';
import { latestShownIndex } from '../../domain/latestShown';
import { linksInTimeOrder } from '../../domain/linkTime';
import { queryFor } from '../../domain/timeModes';
import type { Story } from '../../domain/types';
import { useAppStore, useAppStoreApi } from '../../store/StoreContext';
import type { AppState } from '../../store/appStore';
import { rovingIndex } from '../common/rovingFocus';
import { EventRow, RulerRow } from './EventRow';
import { followOffset } from './followOffset';
import { useRowHeight } from './useRowHeight';
import './EventList.css';

const selectList = (s: AppState) => ({ story: s.story, seq: s.graph.seq, selection: s.selection });

/** A row's height before the ruler is measured: three lines of text and padding at the list's font size. */
const ROW_ESTIMATE = 58;
/**
 * Rows rendered above and below the viewport, so a short scroll or an arrow key finds them ready.
 * Few: every rendered row is laid out again when the list follows time (8 rows cost about 0.5 ms
 * more per step at 1,000 actors than 3, measured).
 */
const OVERSCAN = 3;
/**
 * While time moves on (playing, dragging) the list follows it at most this often, and always lands on
 * the latest event once time stops. Scrolling the list costs a layout, a second render of the rows
 * and a repaint of the list: about 3–5 ms a step, measured, for something no one can read at 60
 * frames a second.
 */
const FOLLOW_EVERY_MS = 200;

function timeOrder(story: Story | null) {
  const links = story ? linksInTimeOrder(story.links) : [];
  return {
    links,
    starts: Float64Array.from(links, (l) => l.start),
    indexById: new Map(links.map((l, i) => [l.id, i])),
  };
}

export function EventList() {
  const store = useAppStoreApi();
  const { story, seq, selection } = useAppStore(useShallow(selectList));
  const scroller = useRef<HTMLDivElement>(null);
  const ruler = useRef<HTMLDivElement>(null);
  const rowHeight = useRowHeight(ruler, ROW_ESTIMATE);
  const hintId = useId();
  // The event that holds the list's one tab stop: the last one focused, else the selected one.
  const [lastFocused, setLastFocused] = useState<string | null>(null);
  // A row the keyboard moved to that was not rendered yet: focused as soon as it is.
  const pendingFocus = useRef<number | null>(null);

  const order = useMemo(() => timeOrder(story), [story]);
  const chooseLink = useCallback((id: string) => store.getState().showLink(id), [store]);

  // The latest event on the graph: the one to keep in view as time moves.
  const anchor = useMemo(() => {
    void seq; // re-read on every published change of the graph
    if (store.visibleCounts().links === 0) return -1;
    const upTo = queryFor(store.getState().time).to;
    return latestShownIndex(order.starts, upTo, (i) => store.isLinkShown(order.links[i]!.id));
  }, [store, order, seq]);

  const selectedLink = selection?.type === 'link' ? selection.id : null;
  const anchorId = anchor >= 0 ? order.links[anchor]!.id : null;
  const tabStop =
    [lastFocused, selectedLink, anchorId]
      .map((id) => (id === null ? undefined : order.indexById.get(id)))
      .find((i) => i !== undefined) ?? 0;

  // The tab stop is always rendered, wherever the list is scrolled: Tab must find the list.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (tabStop >= range.count || indexes.includes(tabStop)) return indexes;
      return [...indexes, tabStop].sort((a, b) => a - b);
    },
    [tabStop],
  );

  // Stable functions: the virtualiser recomputes every row's offset when one of them changes, which
  // costs milliseconds a step in a story of tens of thousands of events.
  const estimateSize = useCallback(() => rowHeight, [rowHeight]);
  const getItemKey = useCallback((i: number) => order.links[i]!.id, [order]);
  // eslint-disable-next-line react-hooks/incompatible-library -- the list is not compiled by the React Compiler
  const virtualizer = useVirtualizer({
    count: order.links.length,
    getScrollElement: () => scroller.current,
    estimateSize,
    overscan: OVERSCAN,
    getItemKey,
    rangeExtractor,
    // React 19 warns about flushSync inside its own commit, where the virtualiser first reads the
    // list's size.
    useFlushSync: false,
  });

  // A new row height (the reader changed the font size) moves every row.
  useLayoutEffect(() => virtualizer.measure(), [rowHeight, virtualizer]);

  // Following time sets the list's scroll position directly, from the virtualiser's bookkeeping:
  // its scrollToIndex re-reads the page's layout in each of the next frames until the scroll
  // settles, which made every follow cost three slow steps (4–9 ms each at 1,000 actors, measured).
  const followedAt = useRef(-Infinity);
  useEffect(() => {
    if (anchor < 0) return;
    const follow = () => {
      followedAt.current = performance.now();
      const el = scroller.current;
      if (!el) return;
      // Every row is rowHeight tall (the ruler's), and the virtualiser lays them end to end.
      const row = { start: anchor * rowHeight, end: (anchor + 1) * rowHeight };
      const view = { offset: virtualizer.scrollOffset ?? 0, size: virtualizer.scrollRect?.height ?? 0 };
      const to = followOffset(row, view, virtualizer.getTotalSize());
      if (to !== null) el.scrollTo({ top: to });
    };
    const wait = FOLLOW_EVERY_MS - (performance.now() - followedAt.current);
    if (wait <= 0) return follow();
    const timer = setTimeout(follow, wait);
    return () => clearTimeout(timer);
  }, [anchor, order, rowHeight, virtualizer]);

  useLayoutEffect(() => {
    const i = pendingFocus.current;
    if (i === null) return;
    const button = scroller.current?.querySelector<HTMLButtonElement>(`[data-index="${i}"] button`);
    if (!button) return;
    pendingFocus.current = null;
    button.focus({ preventScroll: true });
  });

  if (!story) return null;
  const count = order.links.length;

  const onListKeyDown = (e: KeyboardEvent<HTMLOListElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    const row = (e.target as HTMLElement).closest<HTMLElement>('[data-index]');
    const next = rovingIndex(e.key, row ? Number(row.dataset.index) : tabStop, count);
    if (next === null) return;
    e.preventDefault();
    // The row may be far outside what is rendered: make it the tab stop (so it renders), scroll it
    // into view, and focus it once it is in the DOM (the layout effect above).
    pendingFocus.current = next;
    setLastFocused(order.links[next]!.id);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  return (
    <section className="event-list" aria-labelledby="event-list-title">
      <header className="event-list__header">
        <h2 id="event-list-title">Events</h2>
        <span className="event-list__count" data-testid="event-count">
          {store.visibleCounts().links} of {count} on the graph
        </span>
        <span id={hintId} className="visually-hidden">
          Up and down arrows move between events.
        </span>
      </header>
      <RulerRow ref={ruler} />
      <div className="event-list__items" ref={scroller}>
        <ol
          className="event-list__rows"
          style={{ height: virtualizer.getTotalSize() }}
          onKeyDown={onListKeyDown}
        >
          {virtualizer.getVirtualItems().map((item) => {
            const link = order.links[item.index]!;
            return (
              <EventRow
                key={item.key}
                story={story}
                link={link}
                index={item.index}
                count={count}
                top={item.start}
                shown={store.isLinkShown(link.id)}
                selected={link.id === selectedLink}
                tabStop={item.index === tabStop}
                hintId={hintId}
                onChoose={chooseLink}
                onFocus={setLastFocused}
              />
            );
          })}
        </ol>
      </div>
    </section>
  );
}
