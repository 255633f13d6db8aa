import { readFileSync, writeFileSync } from 'node:fs';
import { askPath, sidebar } from './explore-steps';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { decodeShareFragment, encodeShareFragment } from '../../src/share/link';
import type { ShareState } from '../../src/share/shareState';
import { makeStoryFile } from '../builders';
import { chooseStoryFile } from './openStory';

const STORY_ID = 'trump-petro-2025-26';
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const summary = (page: Page) => page.getByTestId('graph-summary');
const canvas = (page: Page) => page.getByTestId('graph-canvas');

/** The view a page shows, as the address bar says it. */
async function stateInAddress(page: Page): Promise<ShareState | null> {
  const hash = new URL(page.url()).hash;
  const decoded = await decodeShareFragment(hash);
  if (!decoded.ok) throw new Error(decoded.message);
  return decoded.state;
}

async function openShareDialog(page: Page) {
  await page.getByRole('button', { name: 'Share…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this view' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('share-link')).toHaveValue(/#s1\./);
  return dialog;
}

/** Both pictures, once the entering highlight has faded. */
async function settledCanvas(page: Page): Promise<Buffer> {
  await page.waitForTimeout(1200);
  return canvas(page).screenshot();
}

/** Share of pixels that differ between two same-sized PNG screenshots (compared in the browser). */
async function pixelDifference(page: Page, a: Buffer, b: Buffer): Promise<number> {
  return page.evaluate(
    async ([x, y]) => {
      const load = async (b64: string) => {
        const blob = await (await fetch(`data:image/png;base64,${b64}`)).blob();
        return createImageBitmap(blob);
      };
      const [ia, ib] = await Promise.all([load(x), load(y)]);
      if (ia.width !== ib.width || ia.height !== ib.height) return 1;
      const pixels = (img: ImageBitmap) => {
        const c = new OffscreenCanvas(img.width, img.height);
        const ctx = c.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        return ctx.getImageData(0, 0, img.width, img.height).data;
      };
      const pa = pixels(ia);
      const pb = pixels(ib);
      let differ = 0;
      for (let i = 0; i < pa.length; i += 4) {
        if (
          Math.abs(pa[i]! - pb[i]!) + Math.abs(pa[i + 1]! - pb[i + 1]!) + Math.abs(pa[i + 2]! - pb[i + 2]!) >
          48
        )
          differ++;
      }
      return differ / (pa.length / 4);
    },
    [a.toString('base64'), b.toString('base64')] as const,
  );
}

/** Sets up a view by hand: a time mode, an earlier date, and a zoomed, panned graph. */
async function setUpView(page: Page) {
  await page.goto('/');
  await expect(summary(page)).toContainText('shown');
  await page.getByRole('radio', { name: 'Up to' }).check();
  const slider = page.getByRole('slider', { name: 'Date' });
  await slider.focus();
  await page.keyboard.press('End');
  for (let i = 0; i < 40; i++) await page.keyboard.press('ArrowLeft');
  const box = (await canvas(page).boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.45, box.y + box.height * 0.5);
  await page.mouse.wheel(0, -150);
  await page.waitForTimeout(300);
  // Pan by dragging an empty corner of the canvas.
  await page.mouse.move(box.x + 30, box.y + box.height - 30);
  await page.mouse.down();
  await page.mouse.move(box.x + 130, box.y + box.height - 90, { steps: 8 });
  await page.mouse.up();
  await page.waitForTimeout(300);
}

async function freshPage(browser: Browser, url: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url);
  await expect(summary(page)).toContainText('shown');
  return page;
}

test('a copied link reopens the same view in a fresh browser', async ({ page, browser, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await setUpView(page);
  const date = await page.getByTestId('cursor-date').textContent();
  const counts = await summary(page).textContent();
  const dialog = await openShareDialog(page);
  const link = await dialog.getByTestId('share-link').inputValue();
  await dialog.getByRole('button', { name: 'Copy link' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Copied the link.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  await page.screenshot({ path: 'test-results/screens/share-dialog.png' });
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Share…' })).toBeFocused();

  const shared = (await decodeShareFragment(new URL(link).hash)) as { ok: true; state: ShareState };
  expect(shared.state).toMatchObject({ story: STORY_ID, time: { mode: 'up-to' } });
  expect(shared.state.viewport).toBeDefined();
  // The address bar says the same as the dialog.
  await expect.poll(() => page.url()).toBe(link);
  const before = await settledCanvas(page);

  const other = await freshPage(browser, link);
  await expect(other.getByTestId('cursor-date')).toHaveText(date!);
  await expect(summary(other)).toHaveText(counts!);
  await expect(other.getByRole('radio', { name: 'Up to' })).toBeChecked();
  await expect(other.getByRole('alert')).toHaveCount(0);
  const after = await settledCanvas(other);
  await other.screenshot({ path: 'test-results/screens/share-reopened.png' });
  await page.screenshot({ path: 'test-results/screens/share-original.png' });
  writeFileSync('test-results/screens/share-canvas-before.png', before);
  writeFileSync('test-results/screens/share-canvas-after.png', after);
  // Same view, same picture: only anti-aliasing may differ, where the viewport lands a fraction of a
  // pixel apart (a different date or layout differs by several per cent).
  expect(await pixelDifference(other, before, after)).toBeLessThan(0.015);
  expect(await stateInAddress(other)).toEqual(shared.state);
  await other.context().close();
});

test('a link with a selection keeps it, and the address bar follows the date as it moves', async ({
  page,
}) => {
  const state: ShareState = {
    v: 1,
    story: STORY_ID,
    time: {
      mode: 'in-force',
      cursor: day('2025-10-24'),
      windowStart: day('2025-01-01'),
      windowEnd: day('2026-01-01'),
    },
    selection: { type: 'actor', id: 'gustavo-petro' },
  };
  await page.goto(`/#${await encodeShareFragment(state)}`);
  await expect(page.getByTestId('cursor-date')).toHaveText('24 Oct 2025');
  expect(await stateInAddress(page)).toEqual(state);
  const entries = await page.evaluate(() => history.length);
  const slider = page.getByRole('slider', { name: 'Date' });
  await slider.focus();
  for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('cursor-date')).toHaveText('13 Nov 2025');
  await expect.poll(async () => (await stateInAddress(page))?.time?.cursor).toBe(day('2025-11-14') - 1); // the cursor stands for the whole day: its last millisecond
  // replaceState only: scrubbing added no history entries.
  expect(await page.evaluate(() => history.length)).toBe(entries);
});

test('a tampered, truncated or too-new link opens the default view and says what was wrong', async ({
  page,
}) => {
  await page.goto('/');
  await expect(summary(page)).toContainText('shown');
  const defaults = {
    date: await page.getByTestId('cursor-date').textContent(),
    counts: await summary(page).textContent(),
  };
  const good = await encodeShareFragment({
    v: 1,
    story: STORY_ID,
    time: { mode: 'up-to', cursor: day('2025-06-01'), windowStart: 0, windowEnd: 0 },
  });
  const at = 20;
  const tampered = good.slice(0, at) + (good[at] === 'x' ? 'y' : 'x') + good.slice(at + 1);
  const cases: [string, RegExp][] = [
    [tampered, /The link is damaged or incomplete/],
    [good.slice(0, good.length - 6), /The link is damaged or incomplete/],
    [`s9.${good.slice(3)}`, /newer version of Nexo/],
  ];
  for (const [fragment, message] of cases) {
    await page.goto('about:blank');
    await page.goto(`/#${fragment}`);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('This link could not be opened');
    await expect(alert).toContainText(message);
    await expect(alert).toContainText('You are seeing the default view of the story.');
    await expect(page.getByTestId('cursor-date')).toHaveText(defaults.date!);
    await expect(summary(page)).toHaveText(defaults.counts!);
  }
  await page.screenshot({ path: 'test-results/screens/share-tampered.png' });
  await page.getByRole('alert').getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a link to a date outside the story is clamped, and an unknown actor dropped, with a note', async ({
  page,
}) => {
  const state: ShareState = {
    v: 1,
    story: STORY_ID,
    time: { mode: 'in-force', cursor: day('2031-01-01'), windowStart: 0, windowEnd: 0 },
    selection: { type: 'actor', id: 'nobody-at-all' },
  };
  await page.goto('/');
  const last = (await page.getByTestId('cursor-date').textContent())!;
  await page.goto('about:blank');
  await page.goto(`/#${await encodeShareFragment(state)}`);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Part of this link’s view could not be restored');
  await expect(alert).toContainText(`The date 1 Jan 2031 is outside this story; showing ${last}.`);
  await expect(alert).toContainText('The selected actor "nobody-at-all" is not in this story.');
  await expect(page.getByTestId('cursor-date')).toHaveText(last);
});

test('exports a PNG and an SVG with a caption, and a snapshot that reopens to the same view', async ({
  page,
  browser,
}) => {
  await setUpView(page);
  const date = (await page.getByTestId('cursor-date').textContent())!;
  const dialog = await openShareDialog(page);
  const link = await dialog.getByTestId('share-link').inputValue();
  const canvasBox = (await canvas(page).boundingBox())!;

  const [png] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Picture (PNG)' }).click(),
  ]);
  expect(png.suggestedFilename()).toMatch(new RegExp(`^${STORY_ID}-\\d{4}-\\d{2}-\\d{2}\\.png$`));
  const pngPath = 'test-results/downloads/view.png';
  await png.saveAs(pngPath);
  const bytes = readFileSync(pngPath);
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  // Twice the canvas (sharp on high-density screens), plus the caption band under it.
  expect(width).toBe(Math.round(canvasBox.width * 2));
  expect(height).toBeGreaterThan(Math.round(canvasBox.height * 2) + 100);
  await expect(dialog.getByRole('status')).toContainText('Saved');

  const [svg] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Drawing (SVG)' }).click(),
  ]);
  expect(svg.suggestedFilename()).toMatch(/\.svg$/);
  const svgPath = 'test-results/downloads/view.svg';
  await svg.saveAs(svgPath);
  const svgText = readFileSync(svgPath, 'utf8');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: doc.getElementsByTagName('parsererror').length,
      root: doc.documentElement.nodeName,
      caption: [...doc.querySelectorAll('.nexo-caption text')].map((t) => t.textContent).join(' | '),
      labels: doc.querySelectorAll('text').length,
    };
  }, svgText);
  expect(parsed).toMatchObject({ error: 0, root: 'svg' });
  expect(parsed.caption).toContain('Trump');
  expect(parsed.caption).toContain(`Everything up to ${date}`);
  expect(parsed.caption).toMatch(/Sources: .*Reuters/);
  expect(parsed.labels).toBeGreaterThan(5);
  // Zoomed in: only what is in view is drawn, never more than is shown.
  const drawn = await svgContents(page, svgText);
  const counts = await summaryCounts(page);
  expect(drawn.links).toBeGreaterThan(0);
  expect(drawn.links).toBeLessThanOrEqual(counts.links);
  expect(drawn.actors).toBeGreaterThan(0);
  expect(drawn.actors).toBeLessThanOrEqual(counts.actors);

  const [snapshot] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Snapshot file' }).click(),
  ]);
  expect(snapshot.suggestedFilename()).toMatch(/\.nexo\.json$/);
  const snapshotPath = 'test-results/downloads/view.nexo.json';
  await snapshot.saveAs(snapshotPath);
  const file = JSON.parse(readFileSync(snapshotPath, 'utf8'));
  expect(file).toMatchObject({ format: 'nexo-snapshot', version: 1, story: { id: STORY_ID } });

  // Look at the pictures: render both in a page and screenshot it.
  const look = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await look.setContent(
    `<body style="margin:0;background:#888"><img style="width:700px;display:block" src="data:image/png;base64,${bytes.toString('base64')}">` +
      `<img style="width:700px;display:block;margin-top:8px" src="data:image/svg+xml;base64,${Buffer.from(svgText).toString('base64')}"></body>`,
  );
  await look.waitForTimeout(300);
  await look.screenshot({ path: 'test-results/screens/share-exports.png', fullPage: true });
  await look.close();

  // The snapshot opens the same view in a fresh browser that starts elsewhere.
  const other = await freshPage(browser, '/');
  await other.getByTestId('open-story-input').setInputFiles(snapshotPath);
  await expect(other.getByTestId('cursor-date')).toHaveText(date);
  await expect(summary(other)).toHaveText((await summary(page).textContent())!);
  await expect
    .poll(() => stateInAddress(other))
    .toEqual(await decodeShareFragment(new URL(link).hash).then((d) => d.ok && d.state));
  await other.context().close();
});

/** "12 actors, 30 links shown" → { actors: 12, links: 30 }. */
async function summaryCounts(page: Page) {
  const text = (await summary(page).textContent()) ?? '';
  const [, actors, links] = /(\d+) actors?, (\d+) links? shown/.exec(text) ?? [];
  return { actors: Number(actors), links: Number(links) };
}

/** What a downloaded SVG draws, read by the browser's own XML parser. */
async function svgContents(page: Page, text: string) {
  return page.evaluate((t) => {
    const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
    return {
      error: doc.getElementsByTagName('parsererror').length,
      width: Number(doc.documentElement.getAttribute('width')),
      height: Number(doc.documentElement.getAttribute('height')),
      links: doc.querySelectorAll('g.nexo-link > path.nexo-line').length,
      arrows: doc.querySelectorAll('g.nexo-link > path.nexo-arrow').length,
      actors: doc.querySelectorAll('g.nexo-actor > path.nexo-shape').length,
      // A wrapped label is one <tspan> per line: read them back as one name.
      labels: [...doc.querySelectorAll('g.nexo-actor text')].map((e) =>
        [...e.querySelectorAll('tspan')].map((t) => t.textContent).join(' '),
      ),
    };
  }, text);
}

test('the SVG of the whole story draws every link and actor shown, and looks like the PNG', async ({
  page,
  browser,
}) => {
  await page.goto('/');
  await expect(summary(page)).toContainText('shown');
  await page.getByRole('radio', { name: 'Up to' }).check();
  await page.waitForTimeout(1200); // entering highlights gone
  const counts = await summaryCounts(page);
  expect(counts.links).toBeGreaterThan(10);
  const dialog = await openShareDialog(page);
  const [png] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Picture (PNG)' }).click(),
  ]);
  await png.saveAs('test-results/downloads/whole-story.png');
  const pngBytes = readFileSync('test-results/downloads/whole-story.png');
  const [svg] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Drawing (SVG)' }).click(),
  ]);
  await svg.saveAs('test-results/downloads/whole-story.svg');
  const svgText = readFileSync('test-results/downloads/whole-story.svg', 'utf8');
  const drawn = await svgContents(page, svgText);
  expect(drawn.error).toBe(0);
  // The whole story is in view: every link and actor the summary counts is drawn, once.
  expect({ actors: drawn.actors, links: drawn.links }).toEqual(counts);
  expect(drawn.arrows).toBeGreaterThan(0);
  expect(drawn.arrows).toBeLessThanOrEqual(drawn.links);
  expect(drawn.labels).toContain('Donald Trump');

  // Both pictures at the same size, side by side, to look at; and the graph parts compared.
  const look = await browser.newPage({ viewport: { width: 1600, height: 900 } });
  const b64 = (b: Buffer) => b.toString('base64');
  await look.setContent(
    `<body style="margin:0;background:#888;display:flex;align-items:flex-start;gap:8px">` +
      `<img id="png" style="width:790px" src="data:image/png;base64,${b64(pngBytes)}">` +
      `<img id="svg" style="width:790px" src="data:image/svg+xml;base64,${b64(Buffer.from(svgText))}"></body>`,
  );
  await look.waitForFunction(() => [...document.images].every((i) => i.complete && i.naturalWidth > 0));
  await look.screenshot({ path: 'test-results/screens/share-png-vs-svg.png', fullPage: true });
  // And a detail of both at the PNG's full resolution, around the story's main pair.
  await look.evaluate(() => {
    for (const img of document.images) {
      const frame = document.createElement('div');
      frame.style.cssText = 'width:790px;height:880px;overflow:hidden;background:#fff';
      img.style.cssText = `width:${document.images[0]!.naturalWidth}px;margin:-350px 0 0 -450px`;
      img.replaceWith(frame);
      frame.append(img);
    }
  });
  await look.screenshot({ path: 'test-results/screens/share-png-vs-svg-detail.png' });
  // Draw the graph part of each at the PNG's size and count the pixels that differ clearly.
  const differ = await look.evaluate(
    async ([w, h]) => {
      const pixels = (img: HTMLImageElement) => {
        const c = new OffscreenCanvas(w, h);
        const ctx = c.getContext('2d')!;
        ctx.fillStyle = '#fff';
        ctx.fillRect(0, 0, w, h);
        ctx.drawImage(img, 0, 0, w, h, 0, 0, w, h);
        return ctx.getImageData(0, 0, w, h).data;
      };
      const png = document.getElementById('png') as HTMLImageElement;
      const svg = document.getElementById('svg') as HTMLImageElement;
      // The SVG is in CSS pixels; draw it at the PNG's scale.
      const scaled = new Image(png.naturalWidth, (svg.naturalHeight * png.naturalWidth) / svg.naturalWidth);
      scaled.src = svg.src;
      await scaled.decode();
      const c = new OffscreenCanvas(w, h);
      const ctx = c.getContext('2d')!;
      ctx.drawImage(scaled, 0, 0, scaled.width, scaled.height);
      const a = pixels(png);
      const b = ctx.getImageData(0, 0, w, h).data;
      let ink = 0;
      let off = 0;
      for (let i = 0; i < a.length; i += 4) {
        const dark = (d: Uint8ClampedArray) => d[i]! + d[i + 1]! + d[i + 2]! < 720;
        if (dark(a) || dark(b)) {
          ink++;
          if (
            Math.abs(a[i]! - b[i]!) + Math.abs(a[i + 1]! - b[i + 1]!) + Math.abs(a[i + 2]! - b[i + 2]!) >
            96
          )
            off++;
        }
      }
      return off / ink;
    },
    [Math.round(drawn.width * 2), Math.round(drawn.height * 2)] as const,
  );
  // Measured: 14%, nearly all of it the edges of text and lines anti-aliased differently; the
  // same drawing moved 3 px sideways: 54%.
  expect(differ).toBeLessThan(0.25);
  await look.close();
});

test('a picture of a story with markup in its names is still valid SVG, with the text escaped', async ({
  page,
}) => {
  await page.goto('/');
  const story = makeStoryFile({
    id: 'markup',
    title: 'Tom & "Jerry" <b>bold</b>',
    sources: [{ id: 's1', outlet: 'A&B <News>', title: 't', published: '2026-02-03' }],
    actors: [
      { id: 'a', name: '<script>alert(1)</script>', kind: 'person' },
      { id: 'b', name: 'Ben & Jerry’s "Co"', kind: 'company' },
    ],
  }) as { title: string };
  await chooseStoryFile(page, story, 'markup.json');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.title);
  const dialog = await openShareDialog(page);
  await expect(dialog).toContainText('This story was opened from a file');
  const [svg] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Drawing (SVG)' }).click(),
  ]);
  await svg.saveAs('test-results/downloads/markup.svg');
  const text = readFileSync('test-results/downloads/markup.svg', 'utf8');
  expect(text).not.toContain('<script>');
  expect(text).not.toContain('<b>');
  const parsed = await page.evaluate((t) => {
    const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
    return {
      error: doc.getElementsByTagName('parsererror').length,
      texts: [...doc.querySelectorAll('text')].map((e) => e.textContent),
      scripts: doc.getElementsByTagName('script').length,
    };
  }, text);
  expect(parsed.error).toBe(0);
  expect(parsed.scripts).toBe(0);
  expect(parsed.texts).toContain(story.title);
  expect(parsed.texts).toContain('Sources: A&B <News> · Made with Nexo');
  expect(parsed.texts.join(' ')).toContain('<script>alert(1)</script>');
});

test('embed mode shows the graph and a compact time control, with a link to the full app', async ({
  page,
}) => {
  const state: ShareState = {
    v: 1,
    story: STORY_ID,
    time: { mode: 'up-to', cursor: day('2025-10-24'), windowStart: 0, windowEnd: 0 },
  };
  const fragment = await encodeShareFragment(state);
  await page.setViewportSize({ width: 800, height: 500 });
  await page.goto(`/?embed=1#${fragment}`);
  await expect(page.getByTestId('cursor-date')).toHaveText('24 Oct 2025');
  await expect(page.getByRole('button', { name: 'Share…' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Open story…' })).toHaveCount(0);
  const open = page.getByRole('link', { name: /Open in Nexo/ });
  await expect(open).toHaveAttribute('href', /^http:\/\/127\.0\.0\.1:\d+\/#s1\./);
  const href = (await open.getAttribute('href'))!;
  const opened = await decodeShareFragment(new URL(href).hash);
  expect(opened.ok && opened.state).toMatchObject({
    story: STORY_ID,
    time: { mode: 'up-to', cursor: day('2025-10-24') },
  });
  await page.waitForTimeout(1200);
  await page.screenshot({ path: 'test-results/screens/share-embed.png' });

  // The snippet in the share dialog points at this embed mode.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`/#${fragment}`);
  const dialog = await openShareDialog(page);
  const snippet = await dialog.getByTestId('share-embed').inputValue();
  expect(snippet).toMatch(
    /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?embed=1#s1\.[\w-]+" title="Nexo: [^"]+"/,
  );
});

test('a link carries the filters, the path and the layout to a fresh browser', async ({ page, browser }) => {
  await page.goto('/');
  await expect(summary(page)).toContainText('shown');
  const explore = sidebar(page);
  await page.getByRole('tab', { name: 'Filters' }).click();
  await explore.getByRole('checkbox', { name: /^Place/ }).uncheck();
  await askPath(page, 'roa', 'trump');
  await expect(explore.getByTestId('path-result')).toContainText('Ricardo Roa → Colombian delegation');
  await page.getByRole('group', { name: 'Layout' }).getByRole('button', { name: 'By country' }).click();
  const counts = await summary(page).textContent();
  await expect.poll(async () => (await stateInAddress(page))?.layout).toEqual({ name: 'country' });
  const state = await stateInAddress(page);
  expect(state).toMatchObject({
    filters: { actorKind: ['place'], mode: 'hide' },
    path: { from: 'ricardo-roa', to: 'donald-trump' },
  });

  const other = await freshPage(browser, page.url());
  await expect(summary(other)).toHaveText(counts!);
  const layout = other.getByRole('group', { name: 'Layout' });
  await expect(layout.getByRole('button', { name: 'By country' })).toHaveAttribute('aria-pressed', 'true');
  await other.getByRole('tab', { name: 'Filters' }).click();
  const otherExplore = sidebar(other);
  await expect(otherExplore.getByRole('checkbox', { name: /^Place/ })).not.toBeChecked();
  await other.getByRole('tab', { name: 'Paths' }).click();
  await expect(otherExplore.getByTestId('path-result')).toContainText('Ricardo Roa → Colombian delegation');
  expect(await stateInAddress(other)).toEqual(state);
  await other.context().close();
});
