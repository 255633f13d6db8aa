/**
 * One event of the list, placed by the virtualiser at `top` inside the list's full height. Memoised,
 * with handlers that take the link's id, so a step of time re-renders only the rows whose state
 * changed.
 */
import { memo, type Ref } from 'react';
import { formatLinkTime } from '../../domain/linkTime';
import type { Link, Story } from '../../domain/types';
import { LINK_KIND_LABELS } from '../../domain/vocabulary';

interface EventRowProps {
  story: Story;
  link: Link;
  index: number;
  count: number;
  top: number;
  shown: boolean;
  selected: boolean;
  tabStop: boolean;
  hintId: string;
  onChoose(linkId: string): void;
  onFocus(linkId: string): void;
}

export const EventRow = memo(function EventRow({ story, link, ...p }: EventRowProps) {
  const name = (id: string) => story.actorById.get(id)?.name ?? id;
  return (
    <li
      data-index={p.index}
      data-link={link.id}
      // Only a window of the list is in the DOM: tell assistive technology where this row stands.
      aria-posinset={p.index + 1}
      aria-setsize={p.count}
      className={`event-list__item${p.shown ? ' is-shown' : ''}${p.selected ? ' is-selected' : ''}`}
      style={{ transform: `translateY(${p.top}px)` }}
    >
      <button
        type="button"
        onClick={() => p.onChoose(link.id)}
        onFocus={() => p.onFocus(link.id)}
        tabIndex={p.tabStop ? 0 : -1}
        aria-describedby={p.hintId}
        aria-current={p.selected ? 'true' : undefined}
        title={link.description}
      >
        <span className="event-list__meta">
          <time className="event-list__when">{formatLinkTime(link)}</time>
          <span className="event-list__kind">
            {LINK_KIND_LABELS[link.kind]}
            {link.status === 'planned' ? ' (planned)' : ''}
          </span>
        </span>
        <span className="event-list__who">{`${name(link.from)} ${link.directed ? '→' : '–'} ${name(link.to)}`}</span>
        <span className="event-list__description">{link.description}</span>
        {p.shown && <span className="event-list__sr">, on the graph now</span>}
      </button>
    </li>
  );
});

/**
 * A row that is never seen or reached (inert, hidden), laid out like every row: its height is every
 * row's height (useRowHeight).
 */
export function RulerRow({ ref }: { ref: Ref<HTMLDivElement> }) {
  return (
    <div ref={ref} className="event-list__item event-list__ruler" aria-hidden="true" inert>
      <button type="button" tabIndex={-1}>
        <span className="event-list__meta">
          <time className="event-list__when">1 Jan 2025</time>
          <span className="event-list__kind">Meeting</span>
        </span>
        <span className="event-list__who">A → B</span>
        <span className="event-list__description">Description</span>
      </button>
    </div>
  );
}
