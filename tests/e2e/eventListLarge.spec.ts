/**
 * The event list of a large story costs what is on screen: it renders a window of rows, yet every
 * event can be reached by scrolling and by keyboard, and the latest event on the graph stays in view
 * as time moves.
 */
import { expect, test, type Page } from '@playwright/test';
import { linksInTimeOrder } from '../../src/domain/linkTime';
import { parseStoryText } from '../../src/io/loadStory';
import { openStoryFile } from './openStory';
import { generateStory } from '../bench/generateStory';
import { eventInView } from './eventList';

const LINKS = 8000;
const raw = generateStory({ actors: 2000, links: LINKS, seed: 5 });
const parsed = parseStoryText(JSON.stringify(raw));
if (!parsed.ok) throw new Error('the generated story does not load');
const ordered = linksInTimeOrder(parsed.value.links).map((l) => l.id);

const rows = (page: Page) => page.locator('.event-list__item');
const list = (page: Page) => page.locator('.event-list__items');
const rowAt = (page: Page, position: number) =>
  page.locator(`.event-list__item[aria-posinset="${position}"]`);
const focusedEvent = (page: Page) =>
  page.evaluate(
    () => document.activeElement?.closest<HTMLElement>('.event-list__item')?.dataset.link ?? null,
  );
const shownCount = async (page: Page) => {
  const text = (await page.getByTestId('event-count').textContent()) ?? '';
  const m = /^(\d+) of (\d+) on the graph$/.exec(text);
  if (!m) throw new Error(`unexpected event count: ${text}`);
  expect(Number(m[2])).toBe(LINKS);
  return Number(m[1]);
};

async function openLargeStory(page: Page) {
  await openStoryFile(page, raw);
  await expect(page.getByTestId('event-count')).toHaveText(new RegExp(`of ${LINKS} on the graph$`));
}

test('the event list of an 8,000-event story renders only a window of rows, and scrolling reaches the last', async ({
  page,
}) => {
  const errors: string[] = [];
  // React's warnings (a flushSync in a commit, a key clash) are console errors; a missing icon is not ours.
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text());
  });
  await openLargeStory(page);
  expect(await rows(page).count()).toBeLessThan(60);

  await list(page).evaluate((el) => (el.scrollTop = 0));
  await expect(rowAt(page, 1)).toHaveAttribute('data-link', ordered[0]!);
  expect(await eventInView(page, ordered[0]!)).toBe(true);

  // Scrolling to the end, as a dragged scrollbar would, reaches the last event and shows it whole.
  await list(page).evaluate((el) => (el.scrollTop = el.scrollHeight));
  await expect(rowAt(page, LINKS)).toHaveAttribute('data-link', ordered.at(-1)!);
  await expect.poll(() => eventInView(page, ordered.at(-1)!)).toBe(true);
  expect(await rows(page).count()).toBeLessThan(60);
  await page.screenshot({ path: 'test-results/screens/event-list-large-end.png' });
  expect(errors).toEqual([]);
});

test('in a large story the keyboard reaches the first and the last event, scrolling them into view', async ({
  page,
}) => {
  await openLargeStory(page);
  await list(page).locator('button[tabindex="0"]').focus();
  await page.keyboard.press('Home');
  await expect.poll(() => focusedEvent(page)).toBe(ordered[0]);
  await expect.poll(() => eventInView(page, ordered[0]!)).toBe(true);
  await page.keyboard.press('PageDown');
  await expect.poll(() => focusedEvent(page)).toBe(ordered[10]);
  await page.keyboard.press('End');
  await expect.poll(() => focusedEvent(page)).toBe(ordered.at(-1));
  await expect.poll(() => eventInView(page, ordered.at(-1)!)).toBe(true);
  await page.keyboard.press('ArrowUp');
  await expect.poll(() => focusedEvent(page)).toBe(ordered.at(-2));
  expect(await rows(page).count()).toBeLessThan(60);
  await page.screenshot({ path: 'test-results/screens/event-list-large-keyboard-end.png' });
});

test('in a large story the latest event on the graph stays in view as time moves', async ({ page }) => {
  await openLargeStory(page);
  // In "Up to" every event that has started is shown: the shown events are the first N rows, so the
  // latest of them, the one to keep in view, is row N and row N + 1 is not shown.
  await page.getByRole('radio', { name: 'Up to' }).check();
  const slider = page.getByRole('slider', { name: 'Date' });
  await slider.focus();
  await page.keyboard.press('Home');
  await expect.poll(() => shownCount(page)).toBeLessThan(100);
  let before = await shownCount(page);
  // The story runs a year: forward two months at a time, then back, so the list scrolls both ways.
  for (const key of ['Right', 'Right', 'Right', 'Right', 'Left', 'Left']) {
    for (let i = 0; i < 2; i++) await page.keyboard.press(`Shift+Arrow${key}`);
    await expect.poll(() => shownCount(page)).not.toBe(before);
    const n = await shownCount(page);
    before = n;
    if (n === 0) continue;
    await expect(rowAt(page, n)).toHaveClass(/is-shown/);
    await expect.poll(() => eventInView(page, ordered[n - 1]!)).toBe(true);
    if (n < LINKS) await expect(rowAt(page, n + 1)).not.toHaveClass(/is-shown/);
  }
  await page.screenshot({ path: 'test-results/screens/event-list-large-up-to.png' });

  // In "In force" too, the latest marked row is in view and none after it is marked.
  await page.getByRole('radio', { name: 'In force' }).check();
  await slider.focus();
  for (let i = 0; i < 2; i++) await page.keyboard.press('Shift+ArrowRight');
  await expect.poll(() => shownCount(page)).toBeGreaterThan(0);
  // The list scrolls after the graph moves: wait until it has settled, then all three must hold.
  const latestMarked = () =>
    page.evaluate(() => {
      const all = [...document.querySelectorAll<HTMLElement>('.event-list__item')];
      const last = all.filter((r) => r.classList.contains('is-shown')).at(-1);
      return { id: last?.dataset.link ?? '', after: all.slice(all.indexOf(last!) + 1).length };
    });
  await expect
    .poll(async () => {
      const latest = await latestMarked();
      return {
        found: latest.id !== '',
        // Rows after it are rendered, and none of them is shown.
        rowsAfter: latest.after > 0,
        inView: latest.id !== '' && (await eventInView(page, latest.id)),
      };
    })
    .toEqual({ found: true, rowsAfter: true, inView: true });
  await page.screenshot({ path: 'test-results/screens/event-list-large-in-force.png' });
});
