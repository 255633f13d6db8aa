/**
 * Every event of the story in time order, beside the graph: its date at the precision the sources
 * give, who did what to whom, and one line of description. The events on the graph now are marked,
 * and the latest of them is scrolled into view as time moves. Choosing one moves time to it and
 * selects its link. The list is one tab stop; the arrow keys move inside it.
 */
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { formatLinkTime, linksInTimeOrder } from '../../domain/linkTime';
import { LINK_KIND_LABELS } from '../../domain/vocabulary';
import { useAppStore, useAppStoreApi } from '../../store/StoreContext';
import type { AppState } from '../../store/appStore';
import { rovingIndex } from '../common/rovingFocus';
import './EventList.css';

const selectList = (s: AppState) => ({ story: s.story, seq: s.graph.seq, selection: s.selection });

export function EventList() {
  const store = useAppStoreApi();
  const { story, seq, selection } = useAppStore(useShallow(selectList));
  const list = useRef<HTMLOListElement>(null);
  const hintId = useId();
  // The event that holds the list's one tab stop: the last one focused, else the selected one.
  const [lastFocused, setLastFocused] = useState<string | null>(null);

  const rows = useMemo(() => {
    if (!story) return [];
    const name = (id: string) => story.actorById.get(id)?.name ?? id;
    return linksInTimeOrder(story.links).map((link) => ({
      id: link.id,
      when: formatLinkTime(link),
      who: `${name(link.from)} ${link.directed ? '→' : '–'} ${name(link.to)}`,
      kind: LINK_KIND_LABELS[link.kind],
      description: link.description,
      planned: link.status === 'planned',
    }));
  }, [story]);

  const shown = useMemo(() => {
    void seq; // re-read on every published change of the graph
    return store.visibleSnapshot().links;
  }, [store, seq]);

  // The latest event on the graph: the one to keep in view as time moves.
  const anchor = useMemo(() => {
    for (let i = rows.length - 1; i >= 0; i--) if (shown.has(rows[i]!.id)) return rows[i]!.id;
    return null;
  }, [rows, shown]);

  useEffect(() => {
    if (!anchor || !list.current) return;
    const row = list.current.querySelector<HTMLElement>(`[data-link="${CSS.escape(anchor)}"]`);
    row?.scrollIntoView?.({ block: 'nearest' });
  }, [anchor]);

  if (!story) return null;
  const selectedLink = selection?.type === 'link' ? selection.id : null;
  const tabStop =
    [lastFocused, selectedLink, anchor].find((id) => id && rows.some((r) => r.id === id)) ?? rows[0]?.id;

  const onListKeyDown = (e: KeyboardEvent<HTMLOListElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    const buttons = [...list.current!.querySelectorAll<HTMLButtonElement>('.event-list__item button')];
    const next = rovingIndex(e.key, buttons.indexOf(e.target as HTMLButtonElement), buttons.length);
    if (next === null) return;
    e.preventDefault();
    buttons[next]!.focus();
  };

  return (
    <section className="event-list" aria-labelledby="event-list-title">
      <header className="event-list__header">
        <h2 id="event-list-title">Events</h2>
        <span className="event-list__count" data-testid="event-count">
          {shown.size} of {rows.length} on the graph
        </span>
        <span id={hintId} className="visually-hidden">
          Up and down arrows move between events.
        </span>
      </header>
      <ol className="event-list__items" ref={list} onKeyDown={onListKeyDown}>
        {rows.map((row) => {
          const isShown = shown.has(row.id);
          const isSelected = row.id === selectedLink;
          return (
            <li
              key={row.id}
              data-link={row.id}
              className={`event-list__item${isShown ? ' is-shown' : ''}${isSelected ? ' is-selected' : ''}`}
            >
              <button
                type="button"
                onClick={() => store.getState().showLink(row.id)}
                onFocus={() => setLastFocused(row.id)}
                tabIndex={row.id === tabStop ? 0 : -1}
                aria-describedby={hintId}
                aria-current={isSelected ? 'true' : undefined}
                title={row.description}
              >
                <span className="event-list__meta">
                  <time className="event-list__when">{row.when}</time>
                  <span className="event-list__kind">
                    {row.kind}
                    {row.planned ? ' (planned)' : ''}
                  </span>
                </span>
                <span className="event-list__who">{row.who}</span>
                <span className="event-list__description">{row.description}</span>
                {isShown && <span className="event-list__sr">, on the graph now</span>}
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
