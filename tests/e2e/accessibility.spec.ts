import AxeBuilder from '@axe-core/playwright';
import { askPath, sidebar } from './explore-steps';
import { expect, test, type Page } from '@playwright/test';
import { chooseStoryFile } from './openStory';

/**
 * axe over every state a person can reach: the app as it opens, each sidebar tab, the time bar in
 * window mode, the share dialog, the embed, and the problems banner. WCAG 2.0/2.1 A and AA rules,
 * plus axe's best practices (landmarks, heading order, unique landmark names), which are what make
 * a page of this many parts navigable with a screen reader.
 */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

async function expectNoViolations(page: Page, what: string) {
  // Let entering highlights, fades and live counts settle, so axe sees what a person sees.
  await page.waitForTimeout(700);
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const report = violations
    .map((v) =>
      [
        `${v.id} (${v.impact ?? 'unknown'}): ${v.help}`,
        ...v.nodes
          .slice(0, 8)
          .map((n) => `    ${n.target.join(' ')}\n      ${n.failureSummary?.replace(/\n/g, '\n      ')}`),
        v.nodes.length > 8 ? `    …and ${v.nodes.length - 8} more` : '',
      ]
        .filter(Boolean)
        .join('\n'),
    )
    .join('\n');
  // Soft, so one run reports every state of a test, not only the first that fails.
  expect.soft(violations.length, `accessibility violations in ${what}:\n${report}`).toBe(0);
}

async function openApp(page: Page) {
  await page.goto('/');
  await expect(page.getByTestId('graph-summary')).toContainText('shown');
}

async function selectActorBySearch(page: Page, query: string) {
  await page.getByRole('combobox', { name: 'Search actors' }).fill(query);
  await page.keyboard.press('Enter');
}

test('the app as it opens has no accessibility violations', async ({ page }) => {
  await openApp(page);
  await expectNoViolations(page, 'the app as it opens (Events tab)');
  await page.screenshot({ path: 'test-results/screens/a11y-open.png' });
});

test('the open legend has no accessibility violations', async ({ page }) => {
  await openApp(page);
  await page.getByText('Legend', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Actors' })).toBeVisible();
  await expectNoViolations(page, 'the open legend');
});

test('the notice for a damaged link has no accessibility violations', async ({ page }) => {
  await page.goto('/#s1.damaged');
  await expect(page.getByRole('alert')).toBeVisible();
  await expectNoViolations(page, 'the share notice');
});

test('the search results list has no accessibility violations', async ({ page }) => {
  await openApp(page);
  await page.getByRole('combobox', { name: 'Search actors' }).fill('petro');
  await expect(page.getByRole('option').first()).toBeVisible();
  await expectNoViolations(page, 'the open search list');
});

test('the details of an actor and of a link have no accessibility violations', async ({ page }) => {
  await openApp(page);
  await selectActorBySearch(page, 'Gustavo Petro');
  await expect(sidebar(page).getByRole('heading', { level: 2 })).toHaveText('Gustavo Petro');
  await expectNoViolations(page, 'Details with an actor selected');
  await page.screenshot({ path: 'test-results/screens/a11y-details-actor.png' });

  await sidebar(page).getByRole('button', { name: 'Visa revocation' }).first().click();
  await expect(sidebar(page).getByRole('heading', { level: 2 })).toContainText('Visa revocation');
  await expectNoViolations(page, 'Details with a link selected');
});

test('the filters, paths and table tabs have no accessibility violations', async ({ page }) => {
  await openApp(page);
  await page.getByRole('tab', { name: 'Filters' }).click();
  await expect(page.getByTestId('filters-summary')).toBeVisible();
  await page.getByRole('checkbox').first().uncheck();
  await expectNoViolations(page, 'the Filters tab');
  await page.getByRole('button', { name: 'Clear all filters' }).click();

  const panel = await askPath(page, 'roa', 'trump');
  await expect(panel.getByTestId('path-result')).toContainText('from Ricardo Roa to Donald Trump');
  await expectNoViolations(page, 'the Paths tab with a result');

  await page.getByRole('tab', { name: 'Table' }).click();
  await expect(panel.getByRole('table')).toBeVisible();
  await expectNoViolations(page, 'the Table tab (actors)');
  await panel.getByRole('button', { name: /^Links \(\d+\)$/ }).click();
  await expect(panel.getByRole('table', { name: /Links on the graph/ })).toBeVisible();
  await expectNoViolations(page, 'the Table tab (links)');
});

test('the time bar in window mode has no accessibility violations', async ({ page }) => {
  await openApp(page);
  await page.getByRole('radio', { name: 'Window' }).check();
  await expect(page.getByRole('slider', { name: 'Window start' })).toBeVisible();
  await expectNoViolations(page, 'the time bar in window mode');
});

test('the share dialog has no accessibility violations', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Share…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this view' });
  await expect(dialog.getByTestId('share-link')).toHaveValue(/#s1\./);
  await expectNoViolations(page, 'the open share dialog');
});

test('the embed has no accessibility violations', async ({ page }) => {
  await page.goto('/?embed=1');
  await expect(page.getByRole('slider', { name: 'Date' })).toBeVisible();
  await expectNoViolations(page, 'the embed (?embed=1)');
});

test('the problems banner after a broken story file has no accessibility violations', async ({ page }) => {
  await openApp(page);
  await chooseStoryFile(page, { format: 'nexo-story', version: 1, id: 'broken', actors: 3 }, 'broken.json');
  await expect(page.getByRole('alert')).toContainText('Could not open broken.json');
  await expectNoViolations(page, 'the problems banner');
});
