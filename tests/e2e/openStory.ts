import { expect, type Page } from '@playwright/test';

/** Opens a story object through the Open story… input, as a reader would, and waits for its graph. */
export async function openStoryFile(page: Page, story: Record<string, unknown>, address = '/') {
  await page.goto(address);
  await page.getByTestId('open-story-input').setInputFiles({
    name: 'large.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(story)),
  });
  await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-story-id', String(story.id));
}
