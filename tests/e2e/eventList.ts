/**
 * Reading the event list as a user would: it renders only the rows near its viewport, so seeing every
 * event means scrolling through it. Shared by the specs that check the list against the graph.
 */
import type { Page } from '@playwright/test';

export interface ListedEvent {
  readonly id: string;
  readonly shown: boolean;
}

/**
 * Every event of the list in order, read by scrolling it from top to bottom half a viewport at a
 * time. The list is scrolled back to where it was before this returns.
 */
export async function readEventList(page: Page): Promise<ListedEvent[]> {
  // Right after a page opens the list may not be there yet.
  await page.locator('.event-list__items').waitFor();
  return page.evaluate(async () => {
    const list = document.querySelector<HTMLElement>('.event-list__items');
    if (!list) throw new Error('no event list on the page');
    const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    // The list follows time at most every 200 ms (EventList's FOLLOW_EVERY_MS): let it land first,
    // or its last follow would scroll it while it is being read.
    await new Promise((r) => setTimeout(r, 300));
    const seen = new Map<number, { id: string; shown: boolean }>();
    const collect = () => {
      for (const row of list.querySelectorAll<HTMLElement>('.event-list__item')) {
        seen.set(Number(row.dataset.index), {
          id: row.dataset.link!,
          shown: row.classList.contains('is-shown'),
        });
      }
    };
    const saved = list.scrollTop;
    for (let top = 0; ; top += list.clientHeight / 2) {
      list.scrollTop = top;
      await frames();
      collect();
      if (list.scrollTop + list.clientHeight >= list.scrollHeight - 1) break;
    }
    list.scrollTop = saved;
    await frames();
    const indexes = [...seen.keys()].sort((a, b) => a - b);
    if (indexes.some((index, i) => index !== i))
      throw new Error('the event list skipped rows while scrolling');
    return indexes.map((i) => seen.get(i)!);
  });
}

/** Scrolls the list until the first event whose text contains `text` is rendered; returns its id. */
export async function revealEvent(page: Page, text: string): Promise<string> {
  await page.locator('.event-list__items').waitFor();
  return page.evaluate(async (wanted) => {
    const list = document.querySelector<HTMLElement>('.event-list__items')!;
    const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    for (let top = 0; ; top += list.clientHeight / 2) {
      list.scrollTop = top;
      await frames();
      const rows = [...list.querySelectorAll<HTMLElement>('.event-list__item')];
      const row = rows.find((r) => r.textContent?.includes(wanted));
      if (row) return row.dataset.link!;
      if (list.scrollTop + list.clientHeight >= list.scrollHeight - 1)
        throw new Error(`no event with "${wanted}"`);
    }
  }, text);
}

/** Whether the row of this event is rendered and wholly inside the list's viewport. */
export function eventInView(page: Page, id: string): Promise<boolean> {
  return page.evaluate((linkId) => {
    const list = document.querySelector('.event-list__items');
    const row = document.querySelector(`.event-list__item[data-link="${CSS.escape(linkId)}"]`);
    if (!row || !list) return false;
    const a = row.getBoundingClientRect();
    const b = list.getBoundingClientRect();
    return a.top >= b.top - 1 && a.bottom <= b.bottom + 1;
  }, id);
}
