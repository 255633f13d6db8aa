import { expect, test, type Page } from '@playwright/test';
import { chooseStoryFile } from './openStory';

const summary = (page: Page) => page.getByTestId('graph-summary');
const countsOf = async (page: Page) => {
  const text = (await summary(page).textContent()) ?? '';
  const m = /(\d+) actors?, (\d+) links?/.exec(text);
  if (!m) throw new Error(`unexpected summary: ${text}`);
  return { actors: Number(m[1]), links: Number(m[2]) };
};

test('opens the Trump–Petro story and draws its graph', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Petro');
  await expect(page.locator('[data-testid="graph-canvas"] canvas').first()).toBeVisible();
  const counts = await countsOf(page);
  expect(counts.actors).toBeGreaterThan(2);
  expect(counts.links).toBeGreaterThan(1);
  await page.screenshot({ path: 'test-results/screens/opened.png' });
});

test('moving the date slider changes what the graph shows', async ({ page }) => {
  await page.goto('/');
  const slider = page.getByRole('slider', { name: 'Date' });
  await expect(slider).toBeVisible();
  const end = await countsOf(page);
  const canvas = page.getByTestId('graph-canvas');
  const before = await canvas.screenshot();

  // Real keys: Home jumps to the first day of the story.
  await slider.focus();
  await page.keyboard.press('Home');
  await expect(page.getByTestId('cursor-date')).not.toHaveText('3 Feb 2026');
  const start = await countsOf(page);
  expect(start.links).not.toBe(end.links);

  await page.waitForTimeout(1000); // let the entering highlight fade before comparing pictures
  const after = await canvas.screenshot();
  expect(after.equals(before)).toBe(false);
  await page.screenshot({ path: 'test-results/screens/start.png' });

  await page.keyboard.press('End');
  await expect.poll(() => countsOf(page)).toEqual(end);
});

test('a broken story file is reported with where it is wrong, and the story stays', async ({ page }) => {
  await page.goto('/');
  const before = await countsOf(page);
  await chooseStoryFile(
    page,
    {
      format: 'nexo-story',
      version: 1,
      id: 'broken',
      title: 'Broken',
      description: 'x',
      sources: [{ id: 's', outlet: 'o', title: 't', published: '2025' }],
      actors: [{ id: 'a', name: 'A', kind: 'person' }],
      links: [
        {
          id: 'l',
          from: 'a',
          to: 'zz',
          kind: 'meeting',
          tone: 0,
          at: 'early 2025',
          description: 'x',
          sources: ['s'],
        },
      ],
    },
    'broken.json',
  );
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Could not open broken.json');
  await expect(alert).toContainText('links[0] (l).at: "early 2025" is not a date');
  await expect(alert).toContainText('links[0] (l).to: "zz" is not the id of an actor');
  expect(await countsOf(page)).toEqual(before);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Petro');
  await alert.getByRole('button', { name: 'Dismiss' }).click();
  await expect(alert).toHaveCount(0);
});

test('a valid story file replaces the story on screen', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('open-story-input').setInputFiles('tests/fixtures/two-actors.valid.json');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ana and Borland');
  await expect(summary(page)).toHaveText('2 actors, 1 link shown');
});
