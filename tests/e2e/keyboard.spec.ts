import { readFileSync } from 'node:fs';
import { sidebar } from './explore-steps';
import { expect, test, type FileChooser, type Locator, type Page } from '@playwright/test';

/**
 * The whole app with the keyboard alone: every step below is a real key press (no clicks, no
 * `.focus()`, no `.fill()`), and each control reached shows where focus is.
 */

/**
 * The shipped story cites no article addresses (its seeds keep none), so the journey opens it from a
 * file whose sources point at example.org, answered here without leaving the machine.
 */
function storyWithAddresses(): Buffer {
  const story = JSON.parse(readFileSync('data/trump-petro.json', 'utf8')) as {
    sources: { id: string; url?: string }[];
  };
  for (const s of story.sources) s.url = `https://example.org/articles/${s.id}`;
  return Buffer.from(JSON.stringify(story));
}

/** Presses Tab (or Shift+Tab) until `target` has focus; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, { back = false, max = 60 } = {}) {
  await expect(target).toBeAttached();
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  await expect(target, `not reached with ${max} ${back ? 'Shift+Tab' : 'Tab'} presses`).toBeFocused();
}

/** The focused element draws a focus ring (an outline or a box shadow) a person can see. */
async function expectVisibleFocus(page: Page) {
  const ring = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return 'focus is on the page itself';
    const target = el.matches('input[type=radio]') ? (el.nextElementSibling as HTMLElement) : el;
    const s = getComputedStyle(target);
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
    return outline || s.boxShadow !== 'none' ? null : `${el.outerHTML.slice(0, 120)} shows no focus ring`;
  });
  expect(ring).toBeNull();
}

const cursorDate = (page: Page) => page.getByTestId('cursor-date');

test('a person with only a keyboard can search, read sources, move time, share and use the table', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await context.route('https://example.org/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Article</title><h1>Article</h1>' }),
  );
  // Listening before the page loads: a listener added just before the key press can miss the picker.
  const chooser = new Promise<FileChooser>((resolve) => page.once('filechooser', resolve));
  await page.goto('/');
  await expect(page.getByTestId('graph-summary')).toContainText('shown');

  // Open a story file: the button opens the system's file picker, answered here.
  const openStory = page.getByRole('button', { name: 'Open story…' });
  await tabTo(page, openStory, { max: 4 });
  await page.keyboard.press('Enter');
  await (
    await chooser
  ).setFiles({ name: 'story.json', mimeType: 'application/json', buffer: storyWithAddresses() });
  await expect(page.getByRole('alert')).toHaveCount(0);

  // Search an actor and select it.
  const search = page.getByRole('combobox', { name: 'Search actors' });
  await tabTo(page, search, { back: true, max: 3 });
  await expectVisibleFocus(page);
  await page.keyboard.type('petro');
  await expect(page.getByRole('option').first()).toContainText('Gustavo Petro');
  await page.keyboard.press('Enter');
  const panel = sidebar(page);
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Gustavo Petro');
  await expect(search).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'Chosen: Gustavo Petro' })).toHaveCount(1);

  // Read its details and open a source: from the actor to one of its links, then the link's source.
  const visa = panel.getByRole('button', { name: 'Visa revocation', exact: true }).first();
  await tabTo(page, visa);
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  const heading = panel.getByRole('heading', { level: 2 });
  await expect(heading).toContainText('Visa revocation');
  await expect(heading, 'focus moves to the new details, not to the top of the page').toBeFocused();
  const source = panel.getByRole('link', { name: /opens in a new tab/ }).first();
  await tabTo(page, source, { max: 15 });
  await expectVisibleFocus(page);
  const [tab] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('Enter')]);
  expect(tab.url()).toMatch(/^https:\/\/example\.org\/articles\//);
  await tab.close();
  await page.bringToFront();
  await page.screenshot({ path: 'test-results/screens/keyboard-source-link.png' });

  // Move time by day, month and event; play and pause.
  const slider = page.getByRole('slider', { name: 'Date' });
  await tabTo(page, slider);
  await expectVisibleFocus(page);
  await page.screenshot({ path: 'test-results/screens/keyboard-slider.png' });
  await page.keyboard.press('Home');
  const start = await cursorDate(page).textContent();
  await page.keyboard.press('ArrowRight');
  await expect(cursorDate(page)).not.toHaveText(start!);
  const nextDay = await slider.getAttribute('aria-valuenow');
  await page.keyboard.press('Shift+ArrowRight');
  expect(Number(await slider.getAttribute('aria-valuenow'))).toBeGreaterThanOrEqual(Number(nextDay) + 28);
  const beforeEvent = Number(await slider.getAttribute('aria-valuenow'));
  await page.keyboard.press(']');
  await expect
    .poll(async () => Number(await slider.getAttribute('aria-valuenow')))
    .toBeGreaterThan(beforeEvent);
  await page.keyboard.press(' ');
  await expect(page.getByRole('button', { name: /^Pause/ })).toBeVisible();
  await page.keyboard.press(' ');
  await expect(page.getByRole('button', { name: /^Play/ })).toBeVisible();
  await expect(slider).toBeFocused();

  // Switch the time mode (a radio group: arrows choose) and the layout.
  const inForce = page.getByRole('radio', { name: 'In force' });
  await tabTo(page, inForce, { back: true });
  await expectVisibleFocus(page);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Up to' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Up to' })).toBeFocused();
  await page.screenshot({ path: 'test-results/screens/keyboard-mode.png' });
  const byCountry = page.getByRole('button', { name: 'By country' });
  await tabTo(page, byCountry, { back: true, max: 80 });
  await expectVisibleFocus(page);
  await page.screenshot({ path: 'test-results/screens/keyboard-layout.png' });
  await page.keyboard.press('Enter');
  await expect(byCountry).toHaveAttribute('aria-pressed', 'true');

  // Share: open the dialog, copy the link, close it with Escape; focus comes back to Share….
  const share = page.getByRole('button', { name: 'Share…' });
  await tabTo(page, share, { back: true });
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Share this view' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('share-link')).toHaveValue(/#s1\./);
  const copy = dialog.getByRole('button', { name: 'Copy link' });
  await tabTo(page, copy, { max: 6 });
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('status')).toHaveText('Copied the link.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    await dialog.getByTestId('share-link').inputValue(),
  );
  await page.screenshot({ path: 'test-results/screens/keyboard-share.png' });
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(share).toBeFocused();

  // The table: open its tab, show links, select one.
  const activeTab = page.getByRole('tab', { selected: true });
  await tabTo(page, activeTab);
  await expectVisibleFocus(page);
  await page.screenshot({ path: 'test-results/screens/keyboard-tab.png' });
  const tableTab = page.getByRole('tab', { name: 'Table' });
  for (let i = 0; i < 5 && !(await tableTab.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('ArrowRight');
  }
  await expect(tableTab).toHaveAttribute('aria-selected', 'true');
  const linksButton = panel.getByRole('button', { name: /^Links \(\d+\)/ });
  await tabTo(page, linksButton, { max: 4 });
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  const table = panel.getByRole('table', { name: /Links on the graph now/ });
  await expect(table).toBeVisible();
  const firstRow = table.getByRole('row').nth(1);
  const rowButton = firstRow.getByRole('button');
  await tabTo(page, rowButton, { max: 10 });
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(firstRow).toHaveAttribute('aria-current', 'true');
  await expect(rowButton).toBeFocused();
  await page.screenshot({ path: 'test-results/screens/keyboard-table.png' });
});

test('the event list is one tab stop and the arrow keys move through it', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('graph-summary')).toContainText('shown');
  const list = sidebar(page).getByRole('list');
  const events = list.getByRole('button');
  const stop = list.locator('button[tabindex="0"]');
  await tabTo(page, stop);
  await expectVisibleFocus(page);
  const at = await events.evaluateAll((all) => all.indexOf(document.activeElement as HTMLButtonElement));
  // The tab stop is the latest event on the graph, which may be the last one: then move up.
  const last = (await events.count()) - 1;
  const next = at < last ? at + 1 : at - 1;
  await page.keyboard.press(at < last ? 'ArrowDown' : 'ArrowUp');
  await expect(events.nth(next)).toBeFocused();
  await page.screenshot({ path: 'test-results/screens/keyboard-event-list.png' });
  await page.keyboard.press('Enter');
  await expect(events.nth(next)).toHaveAttribute('aria-current', 'true');
  // One more Tab leaves the list for the time bar.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { checked: true })).toBeFocused();
});
