/**
 * A force layout for large stories, where fcose takes tens of seconds (a minute and more at 5,000
 * actors). Springs pull linked actors together; repulsion acts only between actors in neighbouring
 * cells of a grid, so one iteration costs O(actors + pairs), not O(actors²). Deterministic: the same
 * actors and pairs always give the same picture (no randomness at all; the start is a spiral with the
 * best-connected actors in the middle and each actor's neighbours placed next to it).
 */
export interface LayoutPair {
  readonly a: number;
  readonly b: number;
}

export interface FastLayoutOptions {
  /** Wanted distance between linked actors, in pixels. */
  readonly edgeLength?: number;
  readonly iterations?: number;
}

/** x, y of actor i at [2i], [2i+1]. */
export function fastLayout(
  count: number,
  pairs: readonly LayoutPair[],
  options: FastLayoutOptions = {},
): Float64Array {
  const { edgeLength = 90, iterations = 60 } = options;
  const pos = new Float64Array(count * 2);
  if (count === 0) return pos;

  const degree = new Int32Array(count);
  for (const p of pairs) {
    degree[p.a] = degree[p.a]! + 1;
    degree[p.b] = degree[p.b]! + 1;
  }
  const neighbours: number[][] = Array.from({ length: count }, () => []);
  for (const p of pairs) {
    neighbours[p.a]!.push(p.b);
    neighbours[p.b]!.push(p.a);
  }

  // Start: visit actors breadth-first from the best connected, laying them on a sunflower spiral,
  // so linked actors start close and the springs have little to undo.
  const order: number[] = [];
  const seen = new Uint8Array(count);
  const byDegree = Array.from({ length: count }, (_, i) => i).sort(
    (x, y) => degree[y]! - degree[x]! || x - y,
  );
  for (const root of byDegree) {
    if (seen[root]) continue;
    seen[root] = 1;
    const queue = [root];
    for (let q = 0; q < queue.length; q++) {
      const v = queue[q]!;
      order.push(v);
      for (const w of neighbours[v]!) {
        if (!seen[w]) {
          seen[w] = 1;
          queue.push(w);
        }
      }
    }
  }
  const golden = Math.PI * (3 - Math.sqrt(5));
  const spacing = edgeLength * 0.6;
  order.forEach((v, k) => {
    const r = spacing * Math.sqrt(k + 0.5);
    pos[2 * v] = r * Math.cos(k * golden);
    pos[2 * v + 1] = r * Math.sin(k * golden);
  });

  const disp = new Float64Array(count * 2);
  const cell = edgeLength;
  let temperature = edgeLength * 2;
  const cooling = Math.pow(0.02, 1 / Math.max(1, iterations));
  const repulse = edgeLength * edgeLength;

  for (let it = 0; it < iterations; it++) {
    disp.fill(0);
    // Grid buckets: a linked list of actors per cell (head per cell key, next per actor).
    const heads = new Map<number, number>();
    const next = new Int32Array(count).fill(-1);
    const key = (cx: number, cy: number) => cx * 1_000_003 + cy;
    for (let v = 0; v < count; v++) {
      const cx = Math.floor(pos[2 * v]! / cell);
      const cy = Math.floor(pos[2 * v + 1]! / cell);
      const k = key(cx, cy);
      next[v] = heads.get(k) ?? -1;
      heads.set(k, v);
    }
    for (let v = 0; v < count; v++) {
      const x = pos[2 * v]!;
      const y = pos[2 * v + 1]!;
      const cx = Math.floor(x / cell);
      const cy = Math.floor(y / cell);
      for (let dx = -1; dx <= 1; dx++) {
        for (let dy = -1; dy <= 1; dy++) {
          for (let w = heads.get(key(cx + dx, cy + dy)) ?? -1; w !== -1; w = next[w]!) {
            if (w === v) continue;
            let ddx = x - pos[2 * w]!;
            let ddy = y - pos[2 * w + 1]!;
            let d2 = ddx * ddx + ddy * ddy;
            if (d2 === 0) {
              // Same spot: push apart along a direction fixed by the two indexes.
              ddx = ((v - w) % 7) + 0.5;
              ddy = ((v + w) % 5) - 2.5;
              d2 = ddx * ddx + ddy * ddy;
            }
            if (d2 > 4 * cell * cell) continue;
            const f = repulse / d2;
            disp[2 * v] = disp[2 * v]! + ddx * f;
            disp[2 * v + 1] = disp[2 * v + 1]! + ddy * f;
          }
        }
      }
    }
    for (const p of pairs) {
      const dx = pos[2 * p.a]! - pos[2 * p.b]!;
      const dy = pos[2 * p.a + 1]! - pos[2 * p.b + 1]!;
      const d = Math.sqrt(dx * dx + dy * dy) || 1;
      // Hubs would be torn apart by hundreds of springs: share the pull out by degree.
      const f = d / edgeLength / Math.sqrt(Math.min(degree[p.a]!, degree[p.b]!));
      disp[2 * p.a] = disp[2 * p.a]! - dx * f;
      disp[2 * p.a + 1] = disp[2 * p.a + 1]! - dy * f;
      disp[2 * p.b] = disp[2 * p.b]! + dx * f;
      disp[2 * p.b + 1] = disp[2 * p.b + 1]! + dy * f;
    }
    for (let v = 0; v < count; v++) {
      const dx = disp[2 * v]!;
      const dy = disp[2 * v + 1]!;
      const d = Math.sqrt(dx * dx + dy * dy);
      if (d === 0) continue;
      const step = Math.min(d, temperature) / d;
      pos[2 * v] = pos[2 * v]! + dx * step;
      pos[2 * v + 1] = pos[2 * v + 1]! + dy * step;
    }
    temperature *= cooling;
  }
  return pos;
}
