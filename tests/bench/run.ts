/**
 * npm run bench: how fast Nexo opens, scrubs and plays stories from the shipped one up to 20,000
 * actors / 80,000 links, against a naive renderer in the same run. A script, not a test: CI never
 * runs it. Prints one table and writes the same figures to bench-results/<time>-<commit>.json.
 *
 *   npm run bench                         all sizes, Nexo and naive
 *   npm run bench -- --sizes=1k,5k        a subset (shipped, 1k, 5k, 20k)
 *   npm run bench -- --no-naive           skip the baseline
 *   npm run bench -- --no-build           reuse dist/
 *   npm run bench -- --steps=50 --play=3  fewer steps, shorter playback (seconds)
 *   npm run bench -- --runs=1             one run per size instead of three
 *
 * Each size is measured `runs` times in a fresh page; the table shows the run with the median p95
 * and the range of p95 over all runs, because one run's p95 moves by ±10% on this machine.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import playwrightConfig from '../../playwright.config';
import { generateStory } from './generateStory';
import { measureNode, type NodeFigures } from './nodeBench';
import { root, startPreview } from './preview';

interface Size {
  key: string;
  actors: number;
  links: number;
}
const SIZES: Size[] = [
  { key: 'shipped', actors: 0, links: 0 },
  { key: '1k', actors: 1000, links: 4000 },
  { key: '5k', actors: 5000, links: 20000 },
  { key: '20k', actors: 20000, links: 80000 },
];

const args = new Map(
  process.argv.slice(2).map((a) => {
    // Split at the first '=' only: --query=renderer=naive keeps its value whole.
    const [k, ...v] = a.replace(/^--/, '').split('=');
    return [k!, v.length > 0 ? v.join('=') : 'true'] as const;
  }),
);
const sizes = args.has('sizes') ? SIZES.filter((s) => args.get('sizes')!.split(',').includes(s.key)) : SIZES;
const steps = Number(args.get('steps') ?? 100);
const playMs = Number(args.get('play') ?? 5) * 1000;
const withNaive = !args.has('no-naive');
const runs = Math.max(1, Number(args.get('runs') ?? 3));
/** Extra switches for the app under test, e.g. --query=renderer=naive (appended to the page address). */
const extraQuery = args.has('query') ? `&${args.get('query')}` : '';

interface RunFigures {
  firstGraphMs: number;
  stepMedianMs: number;
  stepP95Ms: number;
  steps: number;
  missedDraws: number;
  shown: { actors: number; links: number };
  story: { actors: number; links: number };
  fps: number;
  longestFrameMs: number;
  /** Lowest and highest p95 over the runs. */
  p95Range: [number, number];
}
interface SizeFigures {
  size: string;
  actors: number;
  links: number;
  nexo: RunFigures;
  naive?: RunFigures;
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
};
const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

let BASE = '';

async function measureApp(browser: Browser, size: Size, file: string | null, renderer: 'diff' | 'naive') {
  // A context of its own for every run: pages of one context can share a renderer process, and
  // with it the garbage of the run before.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`  page error: ${e.message}`));
  await page.addInitScript({ path: join(root, 'tests/bench/inPage.js') });
  await page.goto(`${BASE}/?bench${renderer === 'naive' ? '&renderer=naive' : ''}${extraQuery}`);
  let firstGraphMs: number;
  if (file) {
    const id = (JSON.parse(readFileSync(file, 'utf8')) as { id: string }).id;
    await page.evaluate(() => window.__probe.firstGraph(null, false));
    const drawn = page.evaluate((storyId) => window.__probe.firstGraph(storyId, true), id);
    await page.getByTestId('open-story-input').setInputFiles(file);
    firstGraphMs = await drawn;
  } else {
    firstGraphMs = await page.evaluate(() => window.__probe.firstGraph(null, false));
  }
  // The shipped story is quiet for years before its busy last months: scrub through those.
  await page.evaluate((at) => window.__probe.moveTo(at), file ? 0.5 : -(steps + 10));
  const scrub = await page.evaluate(([n, budget]) => window.__probe.scrub(n, budget), [
    steps,
    size.links >= 50_000 ? 60_000 : 30_000,
  ] as const);
  const play = await page.evaluate((ms) => window.__probe.play(ms), playMs);
  await context.close();
  return {
    firstGraphMs: round(firstGraphMs, 0),
    stepMedianMs: round(quantile(scrub.times, 0.5)),
    stepP95Ms: round(quantile(scrub.times, 0.95)),
    steps: scrub.times.length,
    missedDraws: scrub.missed,
    shown: { actors: scrub.actors, links: scrub.links },
    story: { actors: scrub.storyActors, links: scrub.storyLinks },
    fps: round(play.fps),
    longestFrameMs: round(play.longestFrameMs, 0),
  };
}

/** Measures `runs` times; the run with the median p95, and the range of p95 over all of them. */
async function measureRuns(browser: Browser, size: Size, file: string | null, renderer: 'diff' | 'naive') {
  const all = [];
  for (let i = 0; i < runs; i++) all.push(await measureApp(browser, size, file, renderer));
  const p95s = all.map((r) => r.stepP95Ms).sort((a, b) => a - b);
  const median = all.find((r) => r.stepP95Ms === p95s[(p95s.length - 1) >> 1])!;
  return { ...median, p95Range: [p95s[0]!, p95s.at(-1)!] } satisfies RunFigures;
}

declare global {
  interface Window {
    __probe: {
      firstGraph(storyId: string | null, sinceOpen: boolean): Promise<number>;
      moveTo(fraction: number): Promise<void>;
      scrub(
        steps: number,
        budgetMs: number,
      ): Promise<{
        times: number[];
        missed: number;
        actors: number;
        links: number;
        storyActors: number;
        storyLinks: number;
      }>;
      play(ms: number): Promise<{ fps: number; longestFrameMs: number }>;
    };
  }
}

function printTable(results: SizeFigures[], node: NodeFigures) {
  const rows = [
    [
      'size',
      'actors/links',
      'shown a/l',
      'first graph ms',
      'step med ms',
      'step p95 ms',
      'p95 range',
      'fps',
      'worst frame ms',
      'naive p95 ms',
      'naive fps',
      'p95 nexo/naive',
    ],
  ];
  for (const r of results) {
    rows.push([
      r.size,
      `${r.actors}/${r.links}`,
      `${r.nexo.shown.actors}/${r.nexo.shown.links}`,
      String(r.nexo.firstGraphMs),
      String(r.nexo.stepMedianMs),
      String(r.nexo.stepP95Ms) + (r.nexo.missedDraws ? ` (${r.nexo.missedDraws} undrawn)` : ''),
      `${r.nexo.p95Range[0]}–${r.nexo.p95Range[1]}`,
      String(r.nexo.fps),
      String(r.nexo.longestFrameMs),
      r.naive ? String(r.naive.stepP95Ms) : '–',
      r.naive ? String(r.naive.fps) : '–',
      r.naive ? String(round(r.nexo.stepP95Ms / r.naive.stepP95Ms, 2)) : '–',
    ]);
  }
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => row[c]!.length)));
  for (const [i, row] of rows.entries()) {
    console.log(row.map((cell, c) => cell.padStart(widths[c]!)).join('  '));
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
  console.log(
    `\nNode, ${node.links.toLocaleString('en')} links: parse+validate ${node.parseMs} ms, ` +
      `time index ${node.indexMs} ms, one-day step diff median ${node.stepMedianUs} µs, ` +
      `p95 ${node.stepP95Us} µs, max ${node.stepMaxUs} µs (${node.changesPerStep} changes per step on average)`,
  );
}

async function main() {
  const started = Date.now();
  if (!args.has('no-build')) {
    console.log('building…');
    execSync('npx vite build', { cwd: root, stdio: 'ignore' });
  }
  const dir = join(tmpdir(), `nexo-bench-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const server = await startPreview();
  BASE = server.base;
  // The same Chromium and flags as the end-to-end tests.
  const browser = await chromium.launch(playwrightConfig.use?.launchOptions);
  const results: SizeFigures[] = [];
  try {
    for (const size of sizes) {
      let file: string | null = null;
      if (size.actors > 0) {
        file = join(dir, `story-${size.key}.json`);
        writeFileSync(
          file,
          JSON.stringify(generateStory({ actors: size.actors, links: size.links, seed: 7 })),
        );
      }
      console.log(`${size.key}: nexo…`);
      const nexo = await measureRuns(browser, size, file, 'diff');
      const entry: SizeFigures = { size: size.key, actors: size.actors, links: size.links, nexo };
      if (withNaive) {
        console.log(`${size.key}: naive…`);
        entry.naive = await measureRuns(browser, size, file, 'naive');
      }
      if (size.key === 'shipped') {
        entry.actors = nexo.story.actors;
        entry.links = nexo.story.links;
      }
      results.push(entry);
    }
  } finally {
    await browser.close();
    server.stop();
  }
  console.log('node: time index and diff at 200,000 links…');
  const node = measureNode(200_000);
  console.log('');
  printTable(results, node);

  let commit = 'unknown';
  try {
    commit = execSync('git rev-parse --short HEAD', { cwd: root }).toString().trim();
    if (execSync('git status --porcelain', { cwd: root }).toString().trim()) commit += '-dirty';
  } catch {
    // not a git checkout
  }
  const out = join(root, 'bench-results');
  mkdirSync(out, { recursive: true });
  const path = join(out, `${new Date().toISOString().replace(/[:.]/g, '-')}-${commit}.json`);
  writeFileSync(
    path,
    JSON.stringify(
      { commit, date: new Date().toISOString(), steps, playMs, runs, sizes: results, node },
      null,
      2,
    ),
  );
  console.log(`\nwritten to ${path} (${round((Date.now() - started) / 1000, 0)} s in all)`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
