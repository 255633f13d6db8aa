import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { generateStory } from '../bench/generateStory';
import { openStoryFile } from './openStory';

test('a story of 2,000 actors and 8,000 links opens, draws and follows the date slider', async ({ page }) => {
  const story = generateStory({ actors: 2000, links: 8000, seed: 3 });
  await openStoryFile(page, story);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(String(story.title));
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

/**
 * Large stories draw their pair edges themselves, in Cytoscape's node canvas (graphView/pairLooks.ts,
 * underlay.ts), not as Cytoscape edges: pointing at one, picking it and exporting it must still
 * work, at any zoom.
 */
test("a large story's edges show a tooltip, select their latest link and appear in the exports", async ({
  page,
}) => {
  const story = generateStory({ actors: 600, links: 1800, seed: 5 });
  await openStoryFile(page, story, '/?bench');
  await page.waitForTimeout(600);

  const target = await clearEdgePoint(page);
  expect(target, 'a pair edge with room around its middle').not.toBeNull();
  const { x, y, a, b } = target!;
  // The layer drew it there.
  expect(await layerAlphaAt(page, x, y)).toBeGreaterThan(0);

  await page.mouse.move(x, y);
  const tooltip = page.getByTestId('graph-tooltip');
  await expect(tooltip).toContainText(a);
  await expect(tooltip).toContainText(b);
  await page.screenshot({ path: 'test-results/screens/large-story-edge-hover.png' });
  await page.mouse.move(x + 200, y + 200);
  await page.mouse.click(x, y);
  // The events list stays open on a link it lists; the details tab has the link.
  await page.getByRole('tab', { name: 'Details' }).click();
  const details = page.getByRole('article');
  await expect(details.locator('.details__ends')).toContainText(a);
  await expect(details.locator('.details__ends')).toContainText(b);

  // Zoomed in, drawing and pointing still line up.
  const zoom = () =>
    page.evaluate(() =>
      (
        document.querySelector('[data-testid=graph-canvas]') as HTMLElement & {
          _cyreg: { cy: { zoom(): number } };
        }
      )._cyreg.cy.zoom(),
    );
  const before = await zoom();
  await page.mouse.move(x, y);
  for (let i = 0; i < 15; i++) {
    await page.mouse.wheel(0, -300);
    await page.waitForTimeout(60);
  }
  await expect.poll(zoom).toBeGreaterThan(before * 1.5);
  await page.waitForTimeout(300);
  const zoomed = await clearEdgePoint(page);
  expect(zoomed).not.toBeNull();
  expect(await layerAlphaAt(page, zoomed!.x, zoomed!.y)).toBeGreaterThan(0);
  await page.mouse.move(zoomed!.x, zoomed!.y);
  await expect(tooltip).toContainText(zoomed!.a);
  await page.screenshot({ path: 'test-results/screens/large-story-edge-zoomed.png' });

  await page.getByRole('button', { name: 'Share…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this view' });
  const [svg] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Drawing (SVG)' }).click(),
  ]);
  const svgText = readFileSync((await svg.path())!, 'utf8');
  expect(svgText.match(/class="nexo-line"/g)?.length ?? 0).toBeGreaterThan(0);
  const [png] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Picture (PNG)' }).click(),
  ]);
  // The picture is twice the canvas: the edge is at twice its place in the canvas, and not white.
  const box = (await page.getByTestId('graph-canvas').boundingBox())!;
  const pixel = await page.evaluate(
    async ({ data, px, py }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${data}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      return [...ctx.getImageData(px, py, 1, 1).data];
    },
    {
      data: readFileSync((await png.path())!).toString('base64'),
      px: Math.round((zoomed!.x - box.x) * 2),
      py: Math.round((zoomed!.y - box.y) * 2),
    },
  );
  expect(pixel.slice(0, 3)).not.toEqual([255, 255, 255]);
  await page.keyboard.press('Escape');

  // Labels are left out while too small to draw, and come back when zoomed in close.
  const labelOf = () =>
    page.evaluate(() => {
      const el = document.querySelector('[data-testid=graph-canvas]') as HTMLElement & {
        _cyreg: { cy: { nodes(): { first(): { style(name: string): string } } } };
      };
      return el._cyreg.cy.nodes().first().style('label');
    });
  expect(await labelOf()).toBe('');
  await page.mouse.move(zoomed!.x, zoomed!.y);
  for (let i = 0; i < 60 && (await zoom()) < 1; i++) await page.mouse.wheel(0, -300);
  await expect.poll(labelOf).not.toBe('');
  await page.screenshot({ path: 'test-results/screens/large-story-labels.png' });
});

test("a large story's edges follow their actors to another layout", async ({ page }) => {
  const story = generateStory({ actors: 600, links: 1800, seed: 5 });
  await openStoryFile(page, story, '/?bench');
  const before = await clearEdgePoint(page);
  await page.getByRole('button', { name: 'Around selected' }).click();
  await page.waitForTimeout(1500); // the move, and the fit after it
  const target = await clearEdgePoint(page);
  expect(target).not.toBeNull();
  expect(target).not.toEqual(before);
  await page.screenshot({ path: 'test-results/screens/large-story-radial.png' });
  expect(await layerAlphaAt(page, target!.x, target!.y)).toBeGreaterThan(0);
});

/**
 * Seen whole, a large story's actors are drawn by Nexo in batches (graphView/actorLooks.ts); the PNG
 * export has Cytoscape draw them. Both pictures of the same view must agree, pixel for pixel but
 * for the anti-aliasing along outlines: same places, shapes, sizes, colours and marks.
 */
test("a large story's actors, drawn by Nexo when seen whole, look as Cytoscape draws them", async ({
  page,
}) => {
  const story = generateStory({ actors: 600, links: 1800, seed: 5 });
  await openStoryFile(page, story, '/?bench');
  await page.waitForTimeout(800);
  // Select one, so its mark is compared too.
  const selected = await page.evaluate(() => {
    interface Store {
      getState(): { select(s: { type: 'actor'; id: string }): void };
    }
    const store = (window as unknown as { __nexoBench: { store: Store } }).__nexoBench.store;
    const el = document.querySelector('[data-testid=graph-canvas]') as HTMLElement & {
      _cyreg: { cy: { nodes(): { id(): string; renderedPosition(): { x: number; y: number } }[] } };
    };
    const node = el._cyreg.cy.nodes()[0]!;
    store.getState().select({ type: 'actor', id: node.id() });
    return node.renderedPosition();
  });
  await page.waitForTimeout(300);
  const compare = await page.evaluate(async (around) => {
    const el = document.querySelector('[data-testid=graph-canvas]') as HTMLElement & {
      _cyreg: { cy: { png(o: object): string } };
    };
    const screen = el.querySelector<HTMLCanvasElement>('canvas[data-id="layer2-node"]')!;
    const img = new Image();
    img.src = el._cyreg.cy.png({ full: false, scale: 1 });
    await img.decode();
    const pixels = (source: CanvasImageSource) => {
      const c = document.createElement('canvas');
      c.width = screen.width;
      c.height = screen.height;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(source, 0, 0);
      return ctx.getImageData(0, 0, c.width, c.height).data;
    };
    const a = pixels(screen);
    const b = pixels(img);
    // Pixels drawn in either picture, and those that differ: clearly (by more than a quarter of the
    // range) anywhere, or at all (a sixteenth) around the selected actor.
    const all = { drawn: 0, differing: 0 };
    const near = { drawn: 0, differing: 0 };
    for (let i = 0; i < a.length; i += 4) {
      if (a[i + 3] === 0 && b[i + 3] === 0) continue;
      const x = (i / 4) % screen.width;
      const y = Math.floor(i / 4 / screen.width);
      const counts = Math.abs(x - around.x) < 30 && Math.abs(y - around.y) < 30 ? [all, near] : [all];
      let most = 0;
      for (let k = 0; k < 4; k++) most = Math.max(most, Math.abs(a[i + k]! - b[i + k]!));
      for (const c of counts) {
        c.drawn++;
        if (most > (c === near ? 16 : 64)) c.differing++;
      }
    }
    return { all, near };
  }, selected);
  await page.screenshot({ path: 'test-results/screens/large-story-actors.png' });
  expect(compare.all.drawn).toBeGreaterThan(20_000);
  expect(compare.all.differing / compare.all.drawn).toBeLessThan(0.03);
  expect(compare.near.drawn).toBeGreaterThan(500);
  expect(compare.near.differing / compare.near.drawn).toBeLessThan(0.05);
});

test("a large story's actor can be pointed at and dragged, and its edges go with it", async ({ page }) => {
  const story = generateStory({ actors: 600, links: 1800, seed: 5 });
  await openStoryFile(page, story, '/?bench');
  await page.waitForTimeout(800);
  const edge = (await clearEdgePoint(page))!;
  expect(edge).not.toBeNull();
  const { from, to } = edge;
  // Away from the other end, by a third of the edge's length, across it.
  const by = { x: (to.y - from.y) / 3, y: (from.x - to.x) / 3 };
  // Cytoscape still knows where each actor is: pointing at one names it.
  await page.mouse.move(from.x, from.y);
  await expect(page.getByTestId('graph-tooltip')).toContainText(edge.a);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(from.x + (by.x * i) / 10, from.y + (by.y * i) / 10);
  // While held, Cytoscape draws the actor on its drag layer; Nexo draws the edge to where it is.
  const moved = { x: from.x + by.x, y: from.y + by.y };
  const middle = { x: (moved.x + to.x) / 2, y: (moved.y + to.y) / 2 };
  await expect.poll(() => canvasAlphaAt(page, 'layer1-drag', moved.x, moved.y)).toBeGreaterThan(0);
  await expect.poll(() => layerAlphaAt(page, middle.x, middle.y)).toBeGreaterThan(0);
  await page.screenshot({ path: 'test-results/screens/large-story-drag.png' });
  await page.mouse.up();
  // Let go, it is drawn with the others again, where it was left.
  await expect.poll(() => layerAlphaAt(page, moved.x, moved.y)).toBeGreaterThan(200);
  await expect.poll(() => canvasAlphaAt(page, 'layer1-drag', moved.x, moved.y)).toBe(0);
  expect(await layerAlphaAt(page, middle.x, middle.y)).toBeGreaterThan(0);
});

/** The middle of a shown pair edge with no actor and no other edge near it, in page pixels. */
async function clearEdgePoint(page: Page) {
  return page.evaluate(() => {
    type P = { x: number; y: number };
    const el = document.querySelector('[data-testid=graph-canvas]') as HTMLElement & {
      _cyreg: { cy: { nodes(): { forEach(f: (n: { id(): string; renderedPosition(): P }) => void): void } } };
    };
    interface BenchStore {
      getState(): {
        story: {
          linkById: Map<string, { from: string; to: string }>;
          actorById: Map<string, { name: string }>;
        };
      };
      visibleSnapshot(): { links: ReadonlySet<string> };
    }
    const store = (window as unknown as { __nexoBench: { store: BenchStore } }).__nexoBench.store;
    const story = store.getState().story;
    const rect = el.getBoundingClientRect();
    const at = new Map<string, P>();
    el._cyreg.cy.nodes().forEach((n) => at.set(n.id(), n.renderedPosition()));
    const seen = new Set<string>();
    const segments: [P, P, string, string][] = [];
    for (const id of store.visibleSnapshot().links) {
      const l = story.linkById.get(id)!;
      const key = [l.from, l.to].sort().join('|');
      if (seen.has(key) || !at.has(l.from) || !at.has(l.to)) continue;
      seen.add(key);
      segments.push([at.get(l.from)!, at.get(l.to)!, l.from, l.to]);
    }
    const dist = (p: P, a: P, b: P) => {
      const dx = b.x - a.x;
      const dy = b.y - a.y;
      const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy || 1)));
      return Math.hypot(p.x - a.x - t * dx, p.y - a.y - t * dy);
    };
    for (const [a, b, from, to] of segments) {
      const m = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
      if (m.x < 20 || m.y < 90 || m.x > rect.width - 20 || m.y > rect.height - 40) continue;
      if (Math.hypot(a.x - b.x, a.y - b.y) < 60) continue;
      if ([...at.values()].some((n) => Math.hypot(n.x - m.x, n.y - m.y) < 18)) continue;
      if (segments.some(([c, d, f, t]) => (f !== from || t !== to) && dist(m, c, d) < 10)) continue;
      const name = (id: string) => story.actorById.get(id)!.name;
      return {
        x: rect.x + m.x,
        y: rect.y + m.y,
        a: name(from),
        b: name(to),
        from: { x: rect.x + a.x, y: rect.y + a.y },
        to: { x: rect.x + b.x, y: rect.y + b.y },
      };
    }
    return null;
  });
}

/** How opaque Cytoscape's node canvas, where the pair edges are drawn, is at and around a page point. */
async function layerAlphaAt(page: Page, x: number, y: number) {
  return canvasAlphaAt(page, 'layer2-node', x, y);
}

/** How opaque one of Cytoscape's canvases is at and around a page point. */
async function canvasAlphaAt(page: Page, layer: string, x: number, y: number) {
  return page.evaluate(
    ({ layer, x, y }) => {
      const el = document.querySelector('[data-testid=graph-canvas]')!;
      const canvas = el.querySelector<HTMLCanvasElement>(`canvas[data-id="${layer}"]`)!;
      const r = canvas.getBoundingClientRect();
      const ratio = canvas.width / r.width;
      const ctx = canvas.getContext('2d')!;
      // The most opaque pixel around the point: a line thinner than a pixel is only partly drawn.
      const px = Math.round((x - r.x) * ratio);
      const py = Math.round((y - r.y) * ratio);
      const block = ctx.getImageData(px - 2, py - 2, 5, 5).data;
      let most = 0;
      for (let i = 3; i < block.length; i += 4) most = Math.max(most, block[i]!);
      return most;
    },
    { layer, x, y },
  );
}
