/** One event of the list, placed by the virtualiser at `top` inside the list's full height. */
import type { Ref } from 'react';
import { formatLinkTime } from '../../domain/linkTime';
import type { Link, Story } from '../../domain/types';
import { LINK_KIND_LABELS } from '../../domain/vocabulary';

interface EventRowProps {
  ref: Ref<HTMLLIElement>;
  story: Story;
  link: Link;
  index: number;
  count: number;
  top: number;
  shown: boolean;
  selected: boolean;
  tabStop: boolean;
  hintId: string;
  onChoose(): void;
  onFocus(): void;
}

export function EventRow({ ref, story, link, ...p }: EventRowProps) {
  const name = (id: string) => story.actorById.get(id)?.name ?? id;
  return (
    <li
      ref={ref}
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
        onClick={p.onChoose}
        onFocus={p.onFocus}
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
}
