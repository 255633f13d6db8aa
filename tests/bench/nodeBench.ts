/** The part of the benchmark that needs no browser: the time index and one step's diff, in Node. */
import { performance } from 'node:perf_hooks';
import { DAY_MS } from '../../src/domain/dates';
import { buildTimelineIndex } from '../../src/domain/timeline';
import { LINGER_MS, type TimeState } from '../../src/domain/timeModes';
import { createVisibleGraph } from '../../src/domain/visibleGraph';
import { parseStoryJson } from '../../src/io/loadStory';
import { generateStory } from './generateStory';

export interface NodeFigures {
  links: number;
  parseMs: number;
  indexMs: number;
  stepMedianUs: number;
  stepP95Us: number;
  stepMaxUs: number;
  changesPerStep: number;
}

export function measureNode(links: number): NodeFigures {
  const file = generateStory({ actors: links / 4, links, seed: 11 });
  let t = performance.now();
  const parsed = parseStoryJson(file);
  const parseMs = performance.now() - t;
  if (!parsed.ok) throw new Error(`generated story is invalid: ${parsed.problems[0]?.message}`);
  const story = parsed.value;

  const indexTimes: number[] = [];
  for (let i = 0; i < 5; i++) {
    t = performance.now();
    buildTimelineIndex(story, LINGER_MS);
    indexTimes.push(performance.now() - t);
  }

  const { start, end } = story.extent;
  let time: TimeState = { mode: 'in-force', cursor: start, windowStart: start, windowEnd: end };
  const graph = createVisibleGraph(story, time);
  const stepTimes: number[] = [];
  let changes = 0;
  for (let cursor = start + DAY_MS; cursor < end; cursor += DAY_MS) {
    time = { ...time, cursor };
    t = performance.now();
    const diff = graph.setTime(time);
    stepTimes.push((performance.now() - t) * 1000);
    changes += diff.enteredLinks.length + diff.leftLinks.length;
  }
  const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
  const steps = sorted(stepTimes);
  const r = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;
  return {
    links,
    parseMs: r(parseMs, 0),
    indexMs: r(sorted(indexTimes)[2]!),
    stepMedianUs: r(steps[Math.floor(steps.length / 2)]!, 0),
    stepP95Us: r(steps[Math.floor(steps.length * 0.95)]!, 0),
    stepMaxUs: r(steps[steps.length - 1]!, 0),
    changesPerStep: r(changes / steps.length, 0),
  };
}
