import { describe, expect, it } from 'vitest';
import { fastLayout } from './fastLayout';

const dist = (p: Float64Array, i: number, j: number) =>
  Math.hypot(p[2 * i]! - p[2 * j]!, p[2 * i + 1]! - p[2 * j + 1]!);

describe('fastLayout', () => {
  // Two stars of 30 actors each, joined by one pair between their hubs.
  const pairs = [
    ...Array.from({ length: 29 }, (_, i) => ({ a: 0, b: i + 1 })),
    ...Array.from({ length: 29 }, (_, i) => ({ a: 30, b: 31 + i })),
    { a: 0, b: 30 },
  ];

  it('gives the same picture every time', () => {
    expect(fastLayout(60, pairs)).toEqual(fastLayout(60, pairs));
  });

  it('keeps every actor apart and puts linked actors nearer than unlinked ones', () => {
    const p = fastLayout(60, pairs, { edgeLength: 90 });
    let nearest = Infinity;
    for (let i = 0; i < 60; i++) for (let j = i + 1; j < 60; j++) nearest = Math.min(nearest, dist(p, i, j));
    expect(nearest).toBeGreaterThan(10);
    const linked = pairs.reduce((s, q) => s + dist(p, q.a, q.b), 0) / pairs.length;
    let unlinked = 0;
    for (let i = 1; i < 30; i++) unlinked += dist(p, i, 30 + i);
    expect(linked).toBeLessThan(unlinked / 29);
  });

  it('places every one of 20,000 actors at a finite point', () => {
    const n = 20_000;
    const big = Array.from({ length: 25_000 }, (_, i) => ({ a: i % n, b: (i * 7919 + 1) % n }));
    const p = fastLayout(n, big);
    expect(p).toHaveLength(2 * n);
    expect(p.every(Number.isFinite)).toBe(true);
  });
});
