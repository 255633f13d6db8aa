import { expect, test, type Page } from '@playwright/test';
import { eventInView, readEventList, revealEvent } from './eventList';

const cursorDate = (page: Page) => page.getByTestId('cursor-date');
const dateSlider = (page: Page) => page.getByRole('slider', { name: 'Date' });
const graphLinks = async (page: Page) => {
  const text = (await page.getByTestId('graph-summary').textContent()) ?? '';
  const m = /(\d+) actors?, (\d+) links?/.exec(text);
  if (!m) throw new Error(`unexpected summary: ${text}`);
  return Number(m[2]);
};
const eventCount = async (page: Page) => {
  const text = (await page.getByTestId('event-count').textContent()) ?? '';
  const m = /^(\d+) of (\d+) on the graph$/.exec(text);
  if (!m) throw new Error(`unexpected event count: ${text}`);
  return { shown: Number(m[1]), total: Number(m[2]) };
};
/** The event list marks exactly what the graph shows, reading every row of it. */
const expectListMatchesGraph = async (page: Page) => {
  await expect.poll(async () => (await eventCount(page)).shown - (await graphLinks(page))).toBe(0);
  const events = await readEventList(page);
  expect(events).toHaveLength((await eventCount(page)).total);
  expect(events.filter((e) => e.shown)).toHaveLength(await graphLinks(page));
};
/** Whether the list's latest marked event is scrolled into view. */
const latestShownInView = async (page: Page) => {
  const last = (await readEventList(page)).filter((e) => e.shown).at(-1);
  return last !== undefined && (await eventInView(page, last.id));
};

test('the time bar in each mode', async ({ page }) => {
  await page.goto('/');
  await expect(dateSlider(page)).toBeVisible();
  await expect(page.getByRole('radio', { name: 'In force' })).toBeChecked();
  await page.screenshot({ path: 'test-results/screens/timebar-in-force.png' });
  await page.getByRole('radio', { name: 'Up to' }).check();
  await expect(page.getByText('Everything up to')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/timebar-up-to.png' });
  await page.getByRole('radio', { name: 'Window' }).check();
  await expect(page.getByTestId('window-range')).toBeVisible();
  await expect(page.getByRole('slider', { name: 'Window start' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/timebar-window.png' });
  await page.getByRole('button', { name: 'Whole timeline' }).click();
  await page.screenshot({ path: 'test-results/screens/timebar-whole-story.png' });
  await expectListMatchesGraph(page);
});

test('dragging the cursor moves the date, the graph and the event list together, while dragging', async ({
  page,
}) => {
  await page.goto('/');
  const canvas = page.getByTestId('graph-canvas');
  const track = page.getByTestId('time-track');
  const box = (await track.boundingBox())!;
  const y = box.y + box.height / 2;
  const before = { date: await cursorDate(page).textContent(), links: await graphLinks(page) };

  await page.mouse.move(box.x + box.width * 0.95, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.5, y, { steps: 8 });
  // Still holding the button: the graph has already followed.
  const during = { date: await cursorDate(page).textContent(), links: await graphLinks(page) };
  expect(during.date).not.toBe(before.date);
  expect(during.links).not.toBe(before.links);
  await expectListMatchesGraph(page);
  const held = await canvas.screenshot();

  await page.mouse.move(box.x + box.width * 0.8, y, { steps: 8 });
  await expect(cursorDate(page)).not.toHaveText(during.date!);
  await page.mouse.up();
  await expectListMatchesGraph(page);
  await page.waitForTimeout(1000); // let entering highlights and leaving fades settle
  expect((await canvas.screenshot()).equals(held)).toBe(false);
  expect(await latestShownInView(page)).toBe(true);
  await page.screenshot({ path: 'test-results/screens/timebar-dragged.png' });
});

test('the keyboard moves by day, by month and by event, and Home/End reach the edges', async ({ page }) => {
  await page.goto('/');
  const slider = dateSlider(page);
  await slider.focus();
  await page.keyboard.press('End');
  const end = await cursorDate(page).textContent();
  await page.keyboard.press('ArrowLeft');
  await expect(slider).toHaveAttribute('aria-valuetext', /^7 February 2026$/);
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(cursorDate(page)).toHaveText('7 Jan 2026');
  await page.keyboard.press('Home');
  await expect(cursorDate(page)).toHaveText('1 Jan 2022');
  await page.keyboard.press(']');
  await expect(cursorDate(page)).toHaveText('1 Jan 2025');
  await page.keyboard.press(']');
  await expect(cursorDate(page)).not.toHaveText('1 Jan 2025');
  await expectListMatchesGraph(page);
  await page.keyboard.press('End');
  await expect(cursorDate(page)).toHaveText(end!);
});

test('playing moves time, the graph and the list; pausing stops them', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Speed' }).selectOption({ label: '1 month/s' });
  const slider = dateSlider(page);
  await slider.focus();
  await page.keyboard.press('Home');
  await page.keyboard.press(']'); // to 1 Jan 2025, where the story gets busy
  const start = { date: await cursorDate(page).textContent(), links: await graphLinks(page) };
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect.poll(() => graphLinks(page), { timeout: 15_000 }).not.toBe(start.links);
  await expect(cursorDate(page)).not.toHaveText(start.date!);
  await page.screenshot({ path: 'test-results/screens/timebar-playing.png' });
  await page.getByRole('button', { name: 'Pause' }).click();
  const paused = await cursorDate(page).textContent();
  await page.waitForTimeout(600);
  await expect(cursorDate(page)).toHaveText(paused!);
  await expectListMatchesGraph(page);

  // Space on the slider plays too.
  await slider.focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
});

test('choosing an event in the list moves time there and selects its link', async ({ page }) => {
  await page.goto('/');
  const row = page.locator(`.event-list__item[data-link="${await revealEvent(page, 'Visa revocation')}"]`);
  await row.scrollIntoViewIfNeeded();
  await row.getByRole('button').click();
  await expect(cursorDate(page)).toHaveText('1 Sep 2025');
  await expect(row.getByRole('button')).toHaveAttribute('aria-current', 'true');
  await expect(row).toHaveClass(/is-shown/);
  await expect(row.locator('time')).toHaveText('Sep 2025');
  await expectListMatchesGraph(page);
  await page.screenshot({ path: 'test-results/screens/timebar-event-chosen.png' });
});

test('the window handles can be dragged and the graph follows', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('radio', { name: 'Window' }).check();
  const range = page.getByTestId('window-range');
  const before = await range.textContent();
  const handle = page.getByRole('slider', { name: 'Window start' });
  const hb = (await handle.boundingBox())!;
  const track = (await page.getByTestId('time-track').boundingBox())!;
  await page.mouse.move(hb.x + hb.width / 2, hb.y + hb.height / 2);
  await page.mouse.down();
  await page.mouse.move(track.x + track.width * 0.3, hb.y + hb.height / 2, { steps: 6 });
  await expect(range).not.toHaveText(before!);
  await page.mouse.up();
  await expectListMatchesGraph(page);
  await page.screenshot({ path: 'test-results/screens/timebar-window-dragged.png' });

  // The same with keys, on the other handle.
  const end = page.getByRole('slider', { name: 'Window end' });
  await end.focus();
  const endBefore = await end.getAttribute('aria-valuetext');
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(end).not.toHaveAttribute('aria-valuetext', endBefore!);
  await expectListMatchesGraph(page);
});
