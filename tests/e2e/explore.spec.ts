import { askPath, sidebar } from './explore-steps';
import { expect, test, type Page } from '@playwright/test';

const countsOf = async (page: Page) => {
  const text = (await page.getByTestId('graph-summary').textContent()) ?? '';
  const m = /(\d+) actors?, (\d+) links?/.exec(text);
  if (!m) throw new Error(`unexpected summary: ${text}`);
  return { actors: Number(m[1]), links: Number(m[2]) };
};

test('searching without accents finds an actor, selects it and shows its details with sources', async ({
  page,
}) => {
  await page.goto('/');
  const search = page.getByRole('combobox', { name: 'Search actors' });
  await search.fill('garcia pena');
  const options = page.getByRole('listbox', { name: 'Search actors' }).getByRole('option');
  await expect(options.first()).toContainText('Daniel García-Peña');
  await page.screenshot({ path: 'test-results/screens/search.png' });

  await search.press('Enter');
  await expect(search).toHaveValue('');
  const panel = sidebar(page);
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Daniel García-Peña');
  await expect(panel).toContainText('Offices held');
  await expect(panel).toContainText('Government of Colombia');

  // A link from the list opens with its kind, direction, date and full sources.
  await panel.getByRole('button', { name: 'Member of' }).first().click();
  await expect(panel.getByRole('heading', { level: 2 })).toContainText('Member of');
  await expect(panel).toContainText('Daniel García-Peña acts on Colombian delegation');
  await expect(panel).toContainText('2 Feb 2026 – ongoing');
  await expect(panel.locator('.details__sources li').first()).toContainText(
    /Reuters|outlet|site|CubaHeadlines/,
  );
  await page.screenshot({ path: 'test-results/screens/details-link.png' });
});

test('search is usable by keyboard: arrows move, Escape closes, and Cepeda finds Iván Cepeda', async ({
  page,
}) => {
  await page.goto('/');
  const search = page.getByRole('combobox', { name: 'Search actors' });
  await search.focus();
  await page.keyboard.type('petro');
  await expect(search).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowDown');
  const active = await search.getAttribute('aria-activedescendant');
  await expect(page.locator(`[id="${active}"]`)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Escape');
  await expect(search).toHaveAttribute('aria-expanded', 'false');
  await search.fill('Cepeda');
  await page.keyboard.press('Enter');
  await expect(sidebar(page).getByRole('heading', { level: 2 })).toHaveText('Iván Cepeda');
});

test('the path from Ricardo Roa to Donald Trump is found and highlighted, forward in time too', async ({
  page,
}) => {
  await page.goto('/');
  const panel = await askPath(page, 'roa', 'trump');
  await expect(panel.getByTestId('path-from')).toHaveText('Ricardo Roa');
  await expect(panel.getByTestId('path-to')).toHaveText('Donald Trump');
  const result = panel.getByTestId('path-result');
  await expect(result).toContainText('from Ricardo Roa to Donald Trump');
  await expect(result).toContainText('Ricardo Roa → Colombian delegation → Donald Trump');
  await page.waitForTimeout(600);
  await page.screenshot({ path: 'test-results/screens/path.png' });

  await panel.getByLabel(/Forward in time/).check();
  await expect(result).toContainText('running forward in time');
  await expect(result).toContainText('Ricardo Roa → Colombian delegation → Donald Trump');

  // Early in the story Roa is not on the graph: Nexo says so.
  const slider = page.getByRole('slider', { name: 'Date' });
  await slider.focus();
  await page.keyboard.press('Home');
  await expect(result).toContainText(/(is|are) not on the graph on 1 Jan 2022/);
  await expect(result).toContainText('so there is no path between Ricardo Roa and Donald Trump');
});

test('unticking an actor kind removes those actors from the graph, and clear all brings them back', async ({
  page,
}) => {
  await page.goto('/');
  const before = await countsOf(page);
  await page.getByRole('tab', { name: 'Filters' }).click();
  const panel = sidebar(page);
  const places = panel.getByRole('checkbox', { name: /^Place/ });
  await expect(places).toBeChecked();
  await places.uncheck();
  const after = await countsOf(page);
  expect(after.actors).toBeLessThan(before.actors);
  await expect(panel.getByTestId('filters-summary')).toContainText(
    `Showing ${after.links} of ${before.links}`,
  );
  await page.getByRole('tab', { name: 'Table' }).click();
  await expect(sidebar(page).getByRole('table')).not.toContainText('Oval Office');
  await page.getByRole('tab', { name: 'Filters' }).click();
  await page.waitForTimeout(600);
  await page.screenshot({ path: 'test-results/screens/filtered.png' });

  await panel.getByRole('radio', { name: 'Fade it instead' }).check();
  await expect.poll(() => countsOf(page)).toEqual(before);
  await panel.getByRole('radio', { name: 'Hide what is filtered out' }).check();
  await panel.getByRole('button', { name: 'Clear all filters' }).click();
  await expect.poll(() => countsOf(page)).toEqual(before);
});

test('the table lists what is shown, sorts, and selects in the graph', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('tab', { name: 'Table' }).click();
  const table = sidebar(page).getByRole('table');
  const { actors } = await countsOf(page);
  await expect(table.locator('tbody tr')).toHaveCount(actors);
  await table.getByRole('button', { name: 'Name' }).click();
  await expect(table.getByRole('columnheader', { name: /Name/ })).toHaveAttribute('aria-sort', 'ascending');
  await table.getByRole('button', { name: 'Gustavo Petro' }).click();
  await expect(table.locator('tr[aria-current="true"]')).toContainText('Gustavo Petro');
  await page.screenshot({ path: 'test-results/screens/table.png' });
  await page.getByRole('tab', { name: 'Details' }).click();
  await expect(sidebar(page).getByRole('heading', { level: 2 })).toHaveText('Gustavo Petro');
});

test('focus, layouts and hover work on the shipped story', async ({ page }) => {
  await page.goto('/');
  const search = page.getByRole('combobox', { name: 'Search actors' });
  await search.fill('Gustavo Petro');
  await search.press('Enter');
  const panel = sidebar(page);
  await panel.getByRole('button', { name: '1 step out' }).click();
  await expect(panel).toContainText(/\d+ actors within 1 step/);
  await panel.getByRole('button', { name: 'Hide rest' }).click();
  await page.waitForTimeout(600);
  await page.screenshot({ path: 'test-results/screens/focus.png' });
  await panel.getByRole('button', { name: 'Off', exact: true }).click();

  const layout = page.getByRole('group', { name: 'Layout' });
  await layout.getByRole('button', { name: 'By country' }).click();
  await expect(layout.getByRole('button', { name: 'By country' })).toHaveAttribute('aria-pressed', 'true');
  await page.waitForTimeout(900);
  await page.screenshot({ path: 'test-results/screens/layout-country.png' });
  await layout.getByRole('button', { name: 'Around selected' }).click();
  await expect(layout).toContainText('around Gustavo Petro');
  await page.waitForTimeout(900);
  await page.screenshot({ path: 'test-results/screens/layout-radial.png' });

  await layout.getByRole('button', { name: 'Whole story' }).click();
  await expect(layout.getByRole('button', { name: 'Whole story' })).toHaveAttribute('aria-pressed', 'true');

  // Choosing a search result centres the view on it: hovering the centre shows a plain-text tooltip.
  await search.fill('petro');
  await search.press('Enter');
  const box = (await page.getByTestId('graph-canvas').boundingBox())!;
  const tooltip = page.getByTestId('graph-tooltip');
  // The view glides to Petro: point again until the move has ended.
  await expect
    .poll(async () => {
      await page.mouse.move(box.x + 5, box.y + box.height - 5);
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      return (await tooltip.count()) ? tooltip.textContent() : null;
    })
    .toBe('Gustavo Petro · Person');
  await page.screenshot({ path: 'test-results/screens/hover.png' });
});
