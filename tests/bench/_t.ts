import { parseStoryJson } from '../../src/io/loadStory';
import { buildTimelineIndex, createTimeCursor } from '../../src/domain/timeline';
import { createVisibleGraph } from '../../src/domain/visibleGraph';
import { LINGER_MS } from '../../src/domain/timeModes';
import { generateStory } from './generateStory';
const r = parseStoryJson(generateStory({ actors: 50000, links: 200000, seed: 11 }));
if (!r.ok) throw 1;
const s = r.value;
const D = 864e5;
for (let rep = 0; rep < 3; rep++) {
  const idx = buildTimelineIndex(s, LINGER_MS);
  const c = createTimeCursor(idx, { from: s.extent.start, to: s.extent.start });
  let t = performance.now();
  let n = 0;
  for (let x = s.extent.start + D; x < s.extent.end; x += D) {
    c.moveTo({ from: x, to: x });
    n++;
  }
  const cur = (performance.now() - t) / n;
  const g = createVisibleGraph(s, { mode: 'in-force', cursor: s.extent.start, windowStart: 0, windowEnd: 0 });
  t = performance.now();
  n = 0;
  for (let x = s.extent.start + D; x < s.extent.end; x += D) {
    g.setTime({ mode: 'in-force', cursor: x, windowStart: 0, windowEnd: 0 });
    n++;
  }
  console.log('cursor', cur.toFixed(3), 'ms/step; visibleGraph', ((performance.now() - t) / n).toFixed(3));
}
