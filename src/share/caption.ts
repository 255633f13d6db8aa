/** The words under an exported picture: what story, what time, and whose reporting it rests on. */
import { formatDay } from '../domain/dates';
import type { TimeState } from '../domain/timeModes';
import type { Story } from '../domain/types';

export interface Caption {
  readonly title: string;
  /** "In force on 3 Feb 2026", "Everything up to 3 Feb 2026", "Active 1 Jan 2025 – 3 Feb 2026". */
  readonly when: string;
  /** "Sources: Reuters, CubaHeadlines · Made with Nexo". */
  readonly credit: string;
}

export function describeTime(time: TimeState): string {
  switch (time.mode) {
    case 'in-force':
      return `In force on ${formatDay(time.cursor)}`;
    case 'up-to':
      return `Everything up to ${formatDay(time.cursor)}`;
    case 'window':
      // The window's end is exclusive: the last day shown is the one before it.
      return `Active ${formatDay(time.windowStart)} – ${formatDay(Math.max(time.windowStart, time.windowEnd - 1))}`;
  }
}

/**
 * Outlets of the sources behind the links shown (all the story's sources when nothing is shown),
 * each once, most-cited first.
 */
export function creditedOutlets(story: Story, shownLinkIds: Iterable<string>): string[] {
  const count = new Map<string, number>();
  for (const linkId of shownLinkIds) {
    for (const sourceId of story.linkById.get(linkId)?.sourceIds ?? []) {
      const outlet = story.sourceById.get(sourceId)?.outlet;
      if (outlet) count.set(outlet, (count.get(outlet) ?? 0) + 1);
    }
  }
  if (count.size === 0) for (const s of story.sources) count.set(s.outlet, (count.get(s.outlet) ?? 0) + 1);
  return [...count].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([outlet]) => outlet);
}

export function captionFor(story: Story, time: TimeState, shownLinkIds: Iterable<string>): Caption {
  const outlets = creditedOutlets(story, shownLinkIds);
  return {
    title: story.title,
    when: describeTime(time),
    credit: `Sources: ${outlets.join(', ')} · Made with Nexo`,
  };
}
