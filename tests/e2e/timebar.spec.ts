import { expect, test, type Page } from '@playwright/test';

const cursorDate = (page: Page) => page.getByTestId('cursor-date');
const dateSlider = (page: Page) => page.getByRole('slider', { name: 'Date' });
const shownCount = async (page: Page) => {
  const text = (await page.getByTestId('graph-summary').textContent()) ?? '';
  const m = /(\d+) actors?, (\d+) links?/.exec(text);
  if (!m) throw new Error(`unexpected summary: ${text}`);
  return Number(m[2]);
};
const listCount = async (page: Page) => {
  const text = (await page.getByTestId('event-count').textContent()) ?? '';
  return Number(/^(\d+) of/.exec(text)?.[1]);
};

test('the time bar in each mode', async ({ page }) => {
  await page.goto('/');
  await expect(dateSlider(page)).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/timebar-in-force.png' });
  await page.getByLabel('Up to').check();
  await page.screenshot({ path: 'test-results/screens/timebar-up-to.png' });
  await page.getByLabel('Window', { exact: true }).check();
  await page.screenshot({ path: 'test-results/screens/timebar-window.png' });
  expect(await shownCount(page)).toBe(await listCount(page));
  expect(cursorDate).toBeDefined();
});
