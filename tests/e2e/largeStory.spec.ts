import { expect, test } from '@playwright/test';
import { generateStory } from '../bench/generateStory';

test('a story of 2,000 actors and 8,000 links opens, draws and follows the date slider', async ({ page }) => {
  const story = generateStory({ actors: 2000, links: 8000, seed: 3 });
  await page.goto('/');
  await page.getByTestId('open-story-input').setInputFiles({
    name: 'large.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(story)),
  });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(String(story.title));
  await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-story-id', String(story.id));
  const summary = page.getByTestId('graph-summary');
  const atEnd = await summary.textContent();
  expect(atEnd).toMatch(/^\d{3,} actors, \d{3,} links shown$/);
  await page.screenshot({ path: 'test-results/screens/large-story.png' });

  const slider = page.getByRole('slider', { name: 'Date' });
  await slider.focus();
  await page.keyboard.press('Home');
  await expect(summary).not.toHaveText(atEnd!);
  for (let i = 0; i < 90; i++) await page.keyboard.press('PageUp');
  await expect(summary).toHaveText(/^\d{3,} actors/);
  await page.screenshot({ path: 'test-results/screens/large-story-scrubbed.png' });
});
