/**
 * npm run bench:profile -- --size=1k: a CPU profile of 40 scrub steps in the page, summed by
 * function (self time), to see where a step's time goes. Expects `npm run bench` to have built dist/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium } from '@playwright/test';
import playwrightConfig from '../../playwright.config';
import { generateStory } from './generateStory';
import { root, startPreview } from './preview';

const arg = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const [actors, links] = ({ '1k': [1000, 4000], '5k': [5000, 20000], '20k': [20000, 80000] } as const)[
  arg('size', '1k') as '1k'
];

interface ProfileNode {
  id: number;
  children?: number[];
  callFrame: { functionName: string; url: string; lineNumber: number };
}

async function main() {
  const file = join(tmpdir(), `nexo-bench-${process.pid}`, `profile-${actors}.json`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(generateStory({ actors, links, seed: 7 })));
  const server = await startPreview();
  const browser = await chromium.launch(playwrightConfig.use?.launchOptions);
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.addInitScript({ path: join(root, 'tests/bench/inPage.js') });
    await page.goto(`${server.base}/?bench${arg('query', '')}`);
    await page.getByTestId('open-story-input').setInputFiles(file);
    await page.evaluate(() => window.__probe.firstGraph(null, false));
    await page.waitForFunction(() => !!document.querySelector('[data-story-id^="synthetic"]'), null, {
      timeout: 600_000,
    });
    await page.evaluate(() => window.__probe.moveTo(0.5));
    // --hide=css-selector: take part of the page out, to see what it costs per step.
    const hide = arg('hide', '');
    if (hide) await page.addStyleTag({ content: `${hide} { display: none !important; }` });
    // --style='css': try a style change without rebuilding.
    const style = arg('style', '');
    if (style) await page.addStyleTag({ content: style });
    if (process.argv.includes('--trace')) {
      // Where the browser's own time goes (style, layout, paint, canvas, GC): the trace's events
      // on the renderer's main thread, summed by name.
      await browser.startTracing(page, {
        categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
      });
      const r = await page.evaluate(() => window.__probe.scrub(40, 60_000));
      const buffer = await browser.stopTracing();
      const { traceEvents } = JSON.parse(buffer.toString()) as {
        traceEvents: { name: string; ph: string; dur?: number; tid: number; pid: number }[];
      };
      const main = traceEvents.find(
        (e) =>
          e.name === 'thread_name' &&
          (e as unknown as { args: { name: string } }).args.name === 'CrRendererMain',
      );
      const sums = new Map<string, number>();
      for (const e of traceEvents) {
        if (!main || e.tid !== main.tid || e.pid !== main.pid || e.ph !== 'X' || !e.dur) continue;
        sums.set(e.name, (sums.get(e.name) ?? 0) + e.dur / 1000);
      }
      console.log(
        `steps ${r.times.length}; per step, summed by event (nested events count in their parents too):`,
      );
      for (const [k, ms] of [...sums.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
        console.log(`${(ms / r.times.length).toFixed(2).padStart(8)} ms  ${k}`);
      }
      // The slowest frames against the median one: each frame runs from one animation-frame callback
      // to the next, and counts the main thread's top-level tasks and a few of the events inside.
      const shown = [
        'FireAnimationFrame',
        'Layout',
        'Paint',
        'Commit',
        'MinorGC',
        'TimerFire',
        'EventDispatch',
      ];
      const mine = traceEvents
        .filter((e) => main && e.tid === main.tid && e.pid === main.pid && e.ph === 'X' && e.dur)
        .map((e) => e as typeof e & { ts: number });
      // A frame starts with the task that runs the animation-frame callbacks (and then style,
      // layout, paint and commit).
      const tasks = mine.filter((e) => e.name === 'RunTask');
      const starts = mine
        .filter((e) => e.name === 'FireAnimationFrame')
        .map((f) => tasks.find((t) => t.ts <= f.ts && f.ts < t.ts + t.dur!)?.ts)
        .filter((ts, i, all): ts is number => ts !== undefined && all.indexOf(ts) === i)
        .sort((a, b) => a - b);
      const frames = starts.slice(0, -1).map((from, i) => {
        const to = starts[i + 1]!;
        const inside = mine.filter((e) => e.ts >= from && e.ts < to);
        const sum = (name: string) =>
          inside.filter((e) => e.name === name).reduce((t, e) => t + e.dur!, 0) / 1000;
        return { busy: sum('RunTask'), parts: shown.map((n) => `${n} ${sum(n).toFixed(1)}`).join(', ') };
      });
      const byBusy = [...frames].sort((a, b) => a.busy - b.busy);
      const median = byBusy[Math.floor(byBusy.length / 2)];
      if (process.argv.includes('--dump')) {
        const from = starts[Math.floor(starts.length / 2)]!;
        const to = starts[Math.floor(starts.length / 2) + 1]!;
        for (const e of mine.filter((e) => e.ts >= from && e.ts < to && e.dur! > 50)) {
          console.log(
            `${((e.ts - from) / 1000).toFixed(2).padStart(7)} +${(e.dur! / 1000).toFixed(2)}  ${e.name}`,
          );
        }
      }
      for (const [label, f] of [
        ['median', median],
        ...byBusy
          .slice(-5)
          .reverse()
          .map((f) => ['slow', f] as const),
      ] as const) {
        if (f) console.log(`${label.padEnd(6)} frame: busy ${f.busy.toFixed(1)} ms (${f.parts})`);
      }
      return;
    }
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    // --play: profile 5 s of playback from the start instead of 40 scrub steps.
    const playing = process.argv.includes('--play');
    const r = playing
      ? {
          ...(await page.evaluate(() => window.__probe.play(5000))),
          times: [] as number[],
          actors: 0,
          links: 0,
        }
      : await page.evaluate(() => window.__probe.scrub(40, 60_000));
    if ('fps' in r) console.log(`fps ${r.fps.toFixed(1)}, longest frame ${r.longestFrameMs.toFixed(0)} ms`);
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
      profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
    };
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    // Each profile node's caller.
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const self = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      const f = byId.get(id)!.callFrame;
      const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
      self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    });
    // Who calls the function named by --callers= (summed self time of it below each caller chain).
    const target = arg('callers', '');
    if (target) {
      const chains = new Map<string, number>();
      profile.samples.forEach((id, i) => {
        if (!byId.get(id)!.callFrame.functionName.includes(target)) return;
        const chain: string[] = [];
        for (let p = parent.get(id); p !== undefined && chain.length < 6; p = parent.get(p)) {
          chain.push(byId.get(p)!.callFrame.functionName || '(anon)');
        }
        const key = chain.join(' < ');
        chains.set(key, (chains.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
      });
      for (const [k, ms] of [...chains.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8)) {
        console.log(`${ms.toFixed(0).padStart(7)} ms  ${target} < ${k}`);
      }
    }
    // Inclusive time of every function whose name is in --inclusive=a,b,c (counted once per sample).
    const names = arg('inclusive', '').split(',').filter(Boolean);
    if (names.length) {
      const incl = new Map<string, number>();
      let total = 0;
      profile.samples.forEach((id, i) => {
        const dt = (profile.timeDeltas[i] ?? 0) / 1000;
        total += dt;
        const seen = new Set<string>();
        for (let p: number | undefined = id; p !== undefined; p = parent.get(p)) {
          let fn = byId.get(p)!.callFrame.functionName;
          const hit =
            names[0] === '*Components'
              ? /^[A-Z][A-Za-z]+$/.test(fn)
                ? fn
                : undefined
              : names.find((n) => fn === n || fn.endsWith(`.${n}`));
          if (hit && !seen.has(hit)) {
            fn = hit;
            seen.add(fn);
            incl.set(fn, (incl.get(fn) ?? 0) + dt);
          }
        }
      });
      console.log(`total sampled ${total.toFixed(0)} ms`);
      for (const [k, ms] of [...incl.entries()].sort((a, b) => b[1] - a[1])) {
        console.log(`${ms.toFixed(0).padStart(7)} ms  inclusive ${k}`);
      }
    }
    // --under=Name: where the time inside Name goes (self time of what it calls).
    const under = arg('under', '');
    if (under) {
      const leaf = new Map<string, number>();
      profile.samples.forEach((id, i) => {
        for (let p: number | undefined = id; p !== undefined; p = parent.get(p)) {
          if (byId.get(p)!.callFrame.functionName !== under) continue;
          const f = byId.get(id)!.callFrame;
          const key = `${f.functionName || '(anon)'}:${f.lineNumber}`;
          leaf.set(key, (leaf.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
          break;
        }
      });
      for (const [k, ms] of [...leaf.entries()].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
        console.log(`${ms.toFixed(0).padStart(7)} ms  under ${under}: ${k}`);
      }
    }
    const sorted = [...r.times].sort((a, b) => a - b);
    console.log(
      `step median ${sorted[20]?.toFixed(1)} ms, the slowest: ${sorted
        .slice(-6)
        .map((t) => t.toFixed(1))
        .join(', ')} ms; shown ${r.actors}/${r.links}`,
    );
    for (const [k, ms] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30)) {
      console.log(`${ms.toFixed(0).padStart(7)} ms  ${k}`);
    }
  } finally {
    await browser.close();
    server.stop();
  }
}

void main();
