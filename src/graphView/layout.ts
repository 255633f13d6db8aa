/**
 * One layout for the whole story: every actor placed once, from all links over all time, so that
 * nothing jumps while time moves. Runs fcose on a headless Cytoscape (no canvas needed) with a
 * seeded random source, so the same story always gets the same picture (shared links and
 * screenshots depend on it).
 */
import { seededRandom } from '../domain/random';
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { fastLayout, type LayoutPair } from '../domain/fastLayout';
import type { Story } from '../domain/types';

cytoscape.use(fcose);

export type Positions = ReadonlyMap<string, { x: number; y: number }>;

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/**
 * `groups` (actor → group id) lays the story out with each group as a compound box, so that its
 * members sit together (the by-country layout); the boxes themselves get no position.
 *
 * Above FCOSE_MAX_ACTORS fcose is too slow to wait for (6 s at 1,000 actors, 80 s at 5,000 here):
 * the grid force layout of domain/fastLayout takes well under a second even at 20,000 (it ignores groups).
 */
export const FCOSE_MAX_ACTORS = 400;

export function computeStoryLayout(story: Story, groups?: ReadonlyMap<string, string>): Positions {
  const pairs = new Map<string, { from: string; to: string; weight: number }>();
  for (const l of story.links) {
    const [a, b] = l.from < l.to ? [l.from, l.to] : [l.to, l.from];
    const key = `${a}\u0000${b}`;
    const p = pairs.get(key);
    if (p) p.weight++;
    else pairs.set(key, { from: a, to: b, weight: 1 });
  }
  if (story.actors.length > FCOSE_MAX_ACTORS) return largeStoryLayout(story, pairs.values());
  const cy = cytoscape({ headless: true, styleEnabled: true });
  const boxes = new Set(groups?.values());
  cy.add([...boxes].map((id) => ({ group: 'nodes' as const, data: { id } })));
  cy.add(
    story.actors.map((a) => ({ group: 'nodes' as const, data: { id: a.id, parent: groups?.get(a.id) } })),
  );
  cy.add(
    [...pairs.values()].map((p, i) => ({
      group: 'edges' as const,
      data: { id: `p${i}`, source: p.from, target: p.to },
    })),
  );
  cy.nodes(':childless').style({ width: 30, height: 30 });

  // fcose draws its initial placement from Math.random; swap in a seeded source for this run only.
  const original = Math.random;
  Math.random = seededRandom(hash(story.id));
  try {
    cy.layout({
      name: 'fcose',
      quality: 'proof',
      randomize: true,
      animate: false,
      fit: false,
      nodeSeparation: 90,
      idealEdgeLength: () => 130,
      nodeRepulsion: () => 16000,
      packComponents: true,
    } as cytoscape.LayoutOptions).run();
  } finally {
    Math.random = original;
  }
  const positions = new Map<string, { x: number; y: number }>();
  cy.nodes(':childless').forEach((n) => {
    if (boxes.has(n.id())) return;
    const p = n.position();
    positions.set(n.id(), { x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 });
  });
  cy.destroy();
  // Screens are wider than tall, and fcose's picture is about square: widen it so the graph fills a
  // landscape canvas instead of a third of it (boxes keep their own shape).
  return groups ? positions : stretchToAspect(positions, LANDSCAPE, 1.8);
}

/** Width-to-height ratio the whole-story layout is widened towards (a laptop's graph area). */
export const LANDSCAPE = 1.7;

/**
 * Scales x (or y) about the centre so the bounding box comes nearer `aspect`, by at most `maxStretch`:
 * a stretch keeps who is near whom, unlike a new layout.
 */
export function stretchToAspect(
  positions: ReadonlyMap<string, { x: number; y: number }>,
  aspect: number,
  maxStretch: number,
): Map<string, { x: number; y: number }> {
  const xs = [...positions.values()].map((p) => p.x);
  const ys = [...positions.values()].map((p) => p.y);
  const w = Math.max(...xs) - Math.min(...xs);
  const h = Math.max(...ys) - Math.min(...ys);
  const out = new Map<string, { x: number; y: number }>();
  if (!(w > 0 && h > 0)) {
    for (const [id, p] of positions) out.set(id, { ...p });
    return out;
  }
  const ratio = aspect / (w / h);
  const sx = ratio > 1 ? Math.min(ratio, maxStretch) : 1;
  const sy = ratio < 1 ? Math.min(1 / ratio, maxStretch) : 1;
  const cx = (Math.max(...xs) + Math.min(...xs)) / 2;
  const cy = (Math.max(...ys) + Math.min(...ys)) / 2;
  const round = (n: number) => Math.round(n * 10) / 10;
  for (const [id, p] of positions)
    out.set(id, { x: round(cx + (p.x - cx) * sx), y: round(cy + (p.y - cy) * sy) });
  return out;
}

function largeStoryLayout(story: Story, pairs: Iterable<{ from: string; to: string }>): Positions {
  const indexOf = new Map(story.actors.map((a, i) => [a.id, i]));
  const indexed: LayoutPair[] = [];
  for (const p of pairs) indexed.push({ a: indexOf.get(p.from)!, b: indexOf.get(p.to)! });
  const xy = fastLayout(story.actors.length, indexed, { edgeLength: 130 });
  const positions = new Map<string, { x: number; y: number }>();
  story.actors.forEach((a, i) => {
    positions.set(a.id, { x: Math.round(xy[2 * i]! * 10) / 10, y: Math.round(xy[2 * i + 1]! * 10) / 10 });
  });
  return positions;
}
