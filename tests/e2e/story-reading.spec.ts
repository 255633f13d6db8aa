/**
 * Reads the shipped Trump–Petro story as a reader would: from the start of the timeline, step by step
 * with "Next event" to the end, in "In force" and in "Up to". Each step leaves a screenshot
 * (test-results/screens/reading-NN.png, reading-up-to-NN.png) and a line in a reading log
 * (test-results/reading-<mode>.json) with the date, the graph summary and the marked events, so a
 * person can follow the story the way the app tells it.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { MONTHS_SHORT, startOfDay } from '../../src/domain/dates';
import { changeDays } from '../../src/domain/timeSteps';
import type { TimeMode } from '../../src/domain/timeModes';
import type { Story } from '../../src/domain/types';
import { parseStoryText } from '../../src/io/loadStory';
import { readEventList } from './eventList';

const MEETING = 'trump-petro-oval-office-meeting';

function shippedStory(): Story {
  const result = parseStoryText(readFileSync('data/trump-petro.json', 'utf8'));
  if (!result.ok) throw new Error('data/trump-petro.json does not load');
  return result.value;
}

/** The day the time bar shows ("3 Feb 2026"), as a UTC day start. */
async function cursorDay(page: Page): Promise<number> {
  const text = (await page.getByTestId('cursor-date').textContent()) ?? '';
  const m = /^(\d{1,2}) (\p{L}+) (\d{4})$/u.exec(text);
  const month = m ? MONTHS_SHORT.indexOf(m[2]!) : -1;
  if (!m || month < 0) throw new Error(`unexpected date on the time bar: ${text}`);
  return Date.UTC(Number(m[3]), month, Number(m[1]));
}

/** Which of these links are drawn in the graph right now (asked of the graph itself, not the store). */
const drawnLinks = (page: Page, ids: readonly string[]) =>
  page.getByTestId('graph-canvas').evaluate((el, wanted) => {
    // Cytoscape registers its instance on its container; reading it keeps this test honest about
    // what is drawn rather than what the store believes.
    const cy = (
      el as HTMLElement & { _cyreg?: { cy?: { getElementById(id: string): { nonempty(): boolean } } } }
    )._cyreg?.cy;
    if (!cy) throw new Error('no graph on the canvas');
    return wanted.filter((id) => cy.getElementById(id).nonempty());
  }, ids);

interface Step {
  step: number;
  date: string;
  summary: string;
  landed: string[];
  marked: string[];
}

async function readTheStory(page: Page, mode: TimeMode, label: string, shot: (n: number) => string) {
  const story = shippedStory();
  await page.goto('/');
  await page.getByRole('radio', { name: label }).check();
  await page.getByRole('button', { name: 'Go to start' }).click();
  const startDay = await cursorDay(page);
  // A change after the story's last day (a span leaving) is reached as that last day.
  const lastDay = startOfDay(story.extent.end - 1);
  const days = [...new Set([...changeDays(story, mode)].map((d) => Math.min(d, lastDay)))].filter(
    (d) => d > startDay,
  );
  expect(days.length).toBeGreaterThan(10);

  const next = page.getByRole('button', { name: 'Next event' });
  const log: Step[] = [];
  let previous = startDay;
  for (const [i, expectedDay] of days.entries()) {
    await next.click();
    await expect.poll(() => cursorDay(page)).toBeGreaterThan(previous);
    const day = await cursorDay(page);
    // The bar steps to the next day on which the graph changes, skipping nothing and never going back.
    expect(day).toBe(expectedDay);
    previous = day;

    const landed = story.links.filter((l) => startOfDay(l.start) === day).map((l) => l.id);
    // Every event that landed today is marked in the list (read whole: it renders only what is near view).
    const marked = async () => (await readEventList(page)).filter((e) => e.shown).map((e) => e.id);
    await expect.poll(marked).toEqual(expect.arrayContaining(landed));
    expect(await drawnLinks(page, landed)).toEqual(landed);

    await page.waitForTimeout(700); // let entering outlines and leaving fades settle before the picture
    await page.screenshot({ path: shot(i + 1) });
    log.push({
      step: i + 1,
      date: (await page.getByTestId('cursor-date').textContent()) ?? '',
      summary: (await page.getByTestId('graph-summary').textContent()) ?? '',
      landed,
      marked: await marked(),
    });
  }

  mkdirSync('test-results', { recursive: true });
  writeFileSync(`test-results/reading-${mode}.json`, JSON.stringify(log, null, 1));

  // At the end "Next event" has nowhere to go, and the story's last scene is on the graph.
  await next.click();
  expect(await cursorDay(page)).toBe(previous);
  expect(await drawnLinks(page, [MEETING])).toEqual([MEETING]);
  await expect(page.locator(`.event-list__item[data-link="${MEETING}"]`)).toHaveClass(/is-shown/);
}

const pad = (n: number) => String(n).padStart(2, '0');

test('reading the story event by event in "In force" moves forward and ends at the Oval Office', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await readTheStory(page, 'in-force', 'In force', (n) => `test-results/screens/reading-${pad(n)}.png`);
});

test('reading the story event by event in "Up to" moves forward and ends at the Oval Office', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await readTheStory(page, 'up-to', 'Up to', (n) => `test-results/screens/reading-up-to-${pad(n)}.png`);
});
