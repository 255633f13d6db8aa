import { expect, type Page } from '@playwright/test';

/** Chooses a story (any JSON value, valid or not) in the Open story… input, as a reader would. */
export async function chooseStoryFile(page: Page, story: unknown, name = 'story.json') {
  await page.getByTestId('open-story-input').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(story)),
  });
}

/** Opens a page and a story object through the Open story… input, and waits for its graph. */
export async function openStoryFile(page: Page, story: Record<string, unknown>, address = '/') {
  await page.goto(address);
  await chooseStoryFile(page, story, 'large.json');
  await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-story-id', String(story.id));
}
