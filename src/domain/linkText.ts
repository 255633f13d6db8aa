/** Words for links and actors shared by the panels, the table and the tooltips. */
import { formatDay, formatPartialDate } from './dates';
import { queryFor, type TimeState } from './timeModes';
import type { Link, Story } from './types';
import { ACTOR_KIND_LABELS, LINK_KIND_LABELS } from './vocabulary';

/** When a link happened, at the precision its sources give: "Sep 2025", "Oct 2025 – ongoing". */
export function formatLinkTime(link: Link): string {
  if (link.time.type === 'moment') return formatPartialDate(link.time.at);
  const start = formatPartialDate(link.time.start);
  return link.time.end ? `${start} – ${formatPartialDate(link.time.end)}` : `${start} – ongoing`;
}

export function actorName(story: Story, id: string): string {
  return story.actorById.get(id)?.name ?? id;
}

/** "Donald Trump → Gustavo Petro", or "Donald Trump and Gustavo Petro" for an undirected link. */
export function linkEnds(story: Story, link: Link): string {
  const from = actorName(story, link.from);
  const to = actorName(story, link.to);
  return link.directed ? `${from} → ${to}` : `${from} and ${to}`;
}

/** One line of plain text about an actor or a link (tooltips, titles). */
export function describeBriefly(story: Story, item: { type: 'actor' | 'link'; id: string }): string {
  if (item.type === 'actor') {
    const a = story.actorById.get(item.id);
    return a ? `${a.name} · ${ACTOR_KIND_LABELS[a.kind]}` : item.id;
  }
  const l = story.linkById.get(item.id);
  if (!l) return item.id;
  const planned = l.status === 'planned' ? ' (planned)' : '';
  return `${LINK_KIND_LABELS[l.kind]}${planned} · ${linkEnds(story, l)} · ${formatLinkTime(l)}`;
}

/** The time the graph stands at, as words: "on 3 Feb 2026", "up to 3 Feb 2026", "between … and …". */
export function describeTime(time: TimeState): string {
  switch (time.mode) {
    case 'in-force':
      return `on ${formatDay(time.cursor)}`;
    case 'up-to':
      return `up to ${formatDay(time.cursor)}`;
    case 'window': {
      const q = queryFor(time);
      return `between ${formatDay(q.from)} and ${formatDay(q.to)}`;
    }
  }
}
