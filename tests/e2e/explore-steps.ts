/** Steps several end-to-end specs take through the explore sidebar. */
import type { Page } from '@playwright/test';

export const sidebar = (page: Page) => page.getByRole('complementary', { name: 'Explore' });

/** Opens the Paths tab and asks for a path, choosing each end by typing and Enter. */
export async function askPath(page: Page, from: string, to: string) {
  await page.getByRole('tab', { name: 'Paths' }).click();
  const panel = sidebar(page);
  await panel.getByRole('combobox', { name: 'From' }).fill(from);
  await page.keyboard.press('Enter');
  await panel.getByRole('combobox', { name: 'To' }).fill(to);
  await page.keyboard.press('Enter');
  return panel;
}
